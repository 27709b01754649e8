using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanSite.Content.Loading;

/// <summary>Parses one YAML file into a root node, turning syntax errors into content errors.</summary>
public static class YamlFile
{
    // YamlDotNet parses slower on two threads than on one: its scanner and parser share static object
    // pools and intern every mapping key (String.IsInterned takes a process-wide lock). Measured on
    // the 10,000-indicator content (750 files, 17.8 M chars): 0.6–0.7 s one file at a time, 1.1–1.3 s
    // for the same files on two threads. So the files BlockYaml cannot read are parsed one at a time.
    // BlockYaml reads the usual file in a third of the time (same 750 files: 0.94 → 0.30 s, nodes
    // included), with no shared state, so on any thread.
    private static readonly Lock OneAtATime = new();

    public static Node? Load(string path, string displayPath, ErrorSink errors)
    {
        var stream = new YamlStream();
        try
        {
            string text = File.ReadAllText(path, System.Text.Encoding.UTF8);
            // The usual file is read by BlockYaml, on any thread; the rest by YamlDotNet's parser, one at a time.
            if (BlockYaml.TryParse(text) is { } events)
                stream.Load(new BlockYaml.Replay(events));
            else
                lock (OneAtATime)
                    stream.Load(new StringReader(text));
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
