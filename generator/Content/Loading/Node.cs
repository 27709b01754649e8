using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PlanSite.Content.Loading;

/// <summary>
/// A YAML node with the file and field path it came from. Every read that fails records an error
/// naming file, line, column and field, and returns null so loading goes on to find the next error.
/// </summary>
public sealed class Node
{
    public YamlNode Yaml { get; }
    public string File { get; }
    public string Path { get; }
    private readonly ErrorSink _errors;

    public Node(YamlNode yaml, string file, string path, ErrorSink errors)
    {
        Yaml = yaml;
        File = file;
        Path = path;
        _errors = errors;
    }

    public int Line => (int)Yaml.Start.Line;
    public int Column => (int)Yaml.Start.Column;

    public void Error(string message) => _errors.Add(new ContentError(File, Line, Column, Path, message));

    /// <summary>A node inside this one, with its own field path.</summary>
    public Node Child(YamlNode yaml, string path) => new(yaml, File, path, _errors);

    public string ChildPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Reads this node as a mapping and reports any key not in <paramref name="allowedKeys"/>.</summary>
    public Mapping? AsMapping(params string[] allowedKeys)
    {
        if (Yaml is not YamlMappingNode mapping)
        {
            Error($"expected a mapping with keys {string.Join(", ", allowedKeys)}, found {Describe(Yaml)}");
            return null;
        }
        var seen = new HashSet<string>();
        foreach (var key in mapping.Children.Keys)
        {
            string name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            var keyNode = Child(key, ChildPath(name));
            if (!seen.Add(name))
                keyNode.Error("duplicate key");
            else if (!allowedKeys.Contains(name))
                keyNode.Error($"unknown key '{name}'; expected one of: {string.Join(", ", allowedKeys)}");
        }
        return new Mapping(this, mapping);
    }

    public IReadOnlyList<Node> AsSequence()
    {
        if (Yaml is YamlSequenceNode sequence)
            return sequence.Children.Select((item, i) => Child(item, $"{Path}[{i}]")).ToArray();
        Error($"expected a list, found {Describe(Yaml)}");
        return Array.Empty<Node>();
    }

    public string? AsString()
    {
        if (Yaml is YamlScalarNode { Value: { } value } && !IsNull(Yaml))
            return value;
        Error($"expected text, found {Describe(Yaml)}");
        return null;
    }

    public int? AsInt()
    {
        if (Yaml is YamlScalarNode { Value: { } value } &&
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result))
            return result;
        Error($"expected a whole number, found {Describe(Yaml)}");
        return null;
    }

    public decimal? AsDecimal()
    {
        if (Yaml is YamlScalarNode { Value: { } value } && Model.Value.TryParseNumber(value, out var number))
            return number;
        Error($"expected a number, found {Describe(Yaml)}");
        return null;
    }

    public bool? AsBool()
    {
        if (Yaml is YamlScalarNode { Value: "true" or "false" } s)
            return s.Value == "true";
        Error($"expected true or false, found {Describe(Yaml)}");
        return null;
    }

    public IReadOnlyList<string> AsStringList() =>
        AsSequence().Select(item => item.AsString()).OfType<string>().ToArray();

    /// <summary>A bare YAML null (~, null or an empty value).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } s
        && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing (null)",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => node.NodeType.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public sealed class Mapping
    {
        private readonly Node _owner;
        private readonly YamlMappingNode _yaml;

        internal Mapping(Node owner, YamlMappingNode yaml)
        {
            _owner = owner;
            _yaml = yaml;
        }

        public Node Node => _owner;

        public Node? Optional(string key)
        {
            foreach (var pair in _yaml.Children)
                if (pair.Key is YamlScalarNode { Value: var name } && name == key)
                    return IsNull(pair.Value) ? null : _owner.Child(pair.Value, _owner.ChildPath(key));
            return null;
        }

        public Node? Required(string key, string expected)
        {
            var node = Optional(key);
            if (node is null)
                _owner._errors.Add(new ContentError(_owner.File, _owner.Line, _owner.Column, _owner.ChildPath(key),
                    $"required field is missing; expected {expected}"));
            return node;
        }

        public string? String(string key) => Optional(key)?.AsString();

        public string? RequiredString(string key, string expected) => Required(key, expected)?.AsString();

        public IReadOnlyList<string> StringList(string key) => Optional(key)?.AsStringList() ?? Array.Empty<string>();

        public IReadOnlyList<Node> List(string key) => Optional(key)?.AsSequence() ?? Array.Empty<Node>();
    }
}
