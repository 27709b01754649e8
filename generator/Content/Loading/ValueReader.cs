using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>Reads a value in either of its two forms (see docs/content-schema.md, "Values").</summary>
public static class ValueReader
{
    private const string Expected = "a number, a status word, or a mapping {number|word, raw, unit?, approx?, bound?, note?}";

    public static Value? Read(Node node)
    {
        if (node.Yaml is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            string? raw = node.AsString();
            return raw is null ? null : Value.FromScalar(raw);
        }
        if (node.Yaml is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            node.Error($"expected {Expected}");
            return null;
        }
        var map = node.AsMapping("number", "word", "raw", "unit", "approx", "bound", "note");
        if (map is null) return null;
        string? rawText = map.RequiredString("raw", "the value exactly as the source prints it");
        var numberNode = map.Optional("number");
        var wordNode = map.Optional("word");
        if ((numberNode is null) == (wordNode is null))
        {
            node.Error("give exactly one of 'number' or 'word'");
            return null;
        }
        var bound = ReadBound(map.Optional("bound"));
        Value? value = null;
        if (numberNode?.AsDecimal() is { } number && rawText is not null)
            value = Value.OfNumber(number, rawText);
        else if (wordNode?.AsString() is { } word)
            value = Value.OfWord(word, rawText);
        if (value is null) return null;
        return value with
        {
            Unit = map.String("unit"),
            Approximate = map.Optional("approx")?.AsBool() ?? false,
            Bound = bound,
            Note = map.String("note"),
        };
    }

    private static ValueBound? ReadBound(Node? node)
    {
        switch (node?.AsString())
        {
            case null: return null;
            case "at_least": return ValueBound.AtLeast;
            case "at_most": return ValueBound.AtMost;
            case "below": return ValueBound.Below;
            case var other:
                node.Error($"unknown bound '{other}'; expected at_least (以上), at_most (以下) or below (未満)");
                return null;
        }
    }
}
