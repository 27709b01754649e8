using System.Globalization;
using System.Text;

namespace PlanSite.Bench.Generation;

/// <summary>Appends YAML the way the content files are written: two-space indents, "\n" line ends, quoted text.</summary>
public sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public YamlText Line(int indent, string line)
    {
        _text.Append(' ', indent * 2).Append(line).Append('\n');
        return this;
    }

    public YamlText Field(int indent, string key, string value) => Line(indent, $"{key}: {Quote(value)}");

    public YamlText Field(int indent, string key, int value) => Line(indent, $"{key}: {value.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Double quotes keep every generated string a string (codes like 1-2, words like なし).</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public override string ToString() => _text.ToString();
}
