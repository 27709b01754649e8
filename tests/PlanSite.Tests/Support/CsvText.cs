using System.Text;

namespace PlanSite.Tests.Support;

/// <summary>
/// An independent RFC 4180 reader for checking what the generator wrote: it does not share code with
/// the writer, so a quoting bug in one cannot hide in the other.
/// </summary>
public static class CsvText
{
    public static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    public static List<string[]> Parse(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes, HasBom(bytes) ? 3 : 0, bytes.Length - (HasBom(bytes) ? 3 : 0));
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row.ToArray()); row.Clear();
                i++;
            }
            else if (c == '\n') throw new FormatException($"bare LF at offset {i}: rows must end with CRLF");
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) throw new FormatException("the last row does not end with CRLF");
        return rows;
    }
}
