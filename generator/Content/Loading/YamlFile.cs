using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanSite.Content.Loading;

/// <summary>Parses one YAML file into a root node, turning syntax errors into content errors.</summary>
public static class YamlFile
{
    public static Node? Load(string path, string displayPath, ErrorSink errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            string reason = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its own position; ours comes first in a uniform format.
            reason = System.Text.RegularExpressions.Regex.Replace(reason, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
            errors.Add(new ContentError(displayPath, (int)e.Start.Line, (int)e.Start.Column, "(syntax)", $"malformed YAML: {reason}"));
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            errors.Add(new ContentError(displayPath, 1, 1, "(file)",
                stream.Documents.Count == 0 ? "the file is empty" : "expected one YAML document, found several"));
            return null;
        }
        return new Node(stream.Documents[0].RootNode, displayPath, "", errors);
    }
}
