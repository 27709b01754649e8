using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PlanSite.Content.Writing;

/// <summary>Small helpers to build a YAML tree whose text is stable and reads back to the same values.</summary>
internal static class YamlBuilder
{
    public static YamlScalarNode Text(string value)
    {
        var node = new YamlScalarNode(value);
        if (value.Contains('\n'))
            node.Style = ScalarStyle.Literal;
        else if (NeedsQuotes(value))
            node.Style = ScalarStyle.DoubleQuoted;
        return node;
    }

    public static YamlScalarNode Number(decimal value) => new(Model.Value.Canonical(value));

    public static YamlScalarNode Int(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static YamlSequenceNode Texts(IEnumerable<string> values) => new(values.Select(v => (YamlNode)Text(v)));

    public static YamlSequenceNode Flow(IEnumerable<YamlNode> values) => new(values) { Style = SequenceStyle.Flow };

    /// <summary>Adds the pair only when the value is present, so optional fields stay out of the file.</summary>
    public static YamlMappingNode With(this YamlMappingNode map, string key, YamlNode? value)
    {
        if (value is not null) map.Add(key, value);
        return map;
    }

    public static YamlMappingNode With(this YamlMappingNode map, string key, string? value) =>
        value is null ? map : map.With(key, Text(value));

    public static YamlMappingNode WithList<T>(this YamlMappingNode map, string key, IReadOnlyList<T> items, Func<T, YamlNode> build) =>
        items.Count == 0 ? map : map.With(key, new YamlSequenceNode(items.Select(build)));

    /// <summary>Words YAML would read as null or booleans must stay strings.</summary>
    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value is "~" or "-" or "/" || value.Trim() != value
        || string.Equals(value, "null", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, "no", StringComparison.OrdinalIgnoreCase);

    public static string Serialize(YamlNode root)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false);
        new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        string text = writer.ToString().Replace("\r\n", "\n");
        // YamlStream closes every document with "..."; a single-document file reads better without it.
        if (text.EndsWith("...\n", StringComparison.Ordinal))
            text = text[..^4];
        return text;
    }
}
