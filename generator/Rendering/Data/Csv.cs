using System.Text;

namespace PlanSite.Rendering.Data;

/// <summary>
/// RFC 4180 CSV as Excel in Japan opens it: UTF-8 with a BOM (otherwise Excel assumes Shift_JIS
/// and Japanese turns to mojibake), CRLF line ends, fields quoted when they need it.
/// </summary>
public static class Csv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
            AppendRow(text, row);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Quote(fields[i] ?? ""));
        }
        text.Append("\r\n");
    }

    public static string Quote(string field) =>
        field.IndexOfAny(['"', ',', '\r', '\n']) < 0 && field.Trim() == field
            ? field
            : "\"" + field.Replace("\"", "\"\"") + "\"";
}
