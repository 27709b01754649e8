using System.Text;

namespace PlanSite.Reviews;

/// <summary>One record of a sheet: its row number as Excel shows it (header = 1) and its cells.</summary>
public sealed record SheetRow(int Row, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.All(c => c.Trim().Length == 0);
}

/// <summary>A sheet read from a file, or the reason it could not be read (with row and column).</summary>
public sealed record SheetReadResult(IReadOnlyList<SheetRow> Rows, string? Error, int ErrorRow = 0, int ErrorColumn = 0, string? Note = null);

/// <summary>
/// RFC 4180 CSV as Excel writes it: optional UTF-8 BOM, CRLF or LF, quoted fields with doubled
/// quotes and embedded line breaks. Japanese Excel's plain "CSV" save is Shift_JIS, so a file that
/// is not valid UTF-8 is read as Shift_JIS rather than turned into mojibake.
/// </summary>
public static class CsvReader
{
    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetReadResult Read(byte[] bytes)
    {
        string? note = null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(932).GetString(bytes);
            note = "the file is not UTF-8; read it as Shift_JIS (Excel's plain CSV). Save as \"CSV UTF-8\" to avoid this";
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return Parse(text) with { Note = note };
    }

    public static SheetReadResult Parse(string text)
    {
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        int row = 1, startRow = 1;
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n'))) row++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    return new SheetReadResult(rows, "a quote (\") inside an unquoted field; a field containing quotes must be enclosed in quotes", startRow, cells.Count + 1);
                case ',':
                    cells.Add(field.ToString()); field.Clear(); wasQuoted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    cells.Add(field.ToString()); field.Clear(); wasQuoted = false;
                    rows.Add(new SheetRow(startRow, cells.ToArray()));
                    cells.Clear();
                    startRow = ++row;
                    break;
                default:
                    if (wasQuoted)
                        return new SheetReadResult(rows, "text after the closing quote of a quoted field", startRow, cells.Count + 1);
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
            return new SheetReadResult(rows, "a quoted field is never closed (missing \")", startRow, cells.Count + 1);
        if (field.Length > 0 || cells.Count > 0 || wasQuoted)
        {
            cells.Add(field.ToString());
            rows.Add(new SheetRow(startRow, cells.ToArray()));
        }
        return new SheetReadResult(rows, null);
    }
}
