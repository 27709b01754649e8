using System.Text;
using PlanSite.Reviews;

namespace PlanSite.Tests.Reviews;

/// <summary>A review CSV as staff edit it: rows of cells, addressed by column header and id.</summary>
public sealed class Sheet
{
    public List<string> Header { get; }
    public List<List<string>> Rows { get; }

    private Sheet(List<string> header, List<List<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public static Sheet Load(string path)
    {
        var read = CsvReader.Read(File.ReadAllBytes(path));
        Assert.Null(read.Error);
        return new Sheet(read.Rows[0].Cells.ToList(), read.Rows.Skip(1).Select(r => r.Cells.ToList()).ToList());
    }

    public int Column(string header) => Header.IndexOf(header) is >= 0 and var i ? i : throw new ArgumentException(header);

    /// <summary>The row of an indicator (種別 指標) or of a measure (its level name).</summary>
    public List<string> Row(string id, bool indicator = true) =>
        Rows.Single(r => r[Column(ReviewSheetLayout.Id)] == id && (r[Column(ReviewSheetLayout.Kind)] == ReviewSheetLayout.IndicatorKind) == indicator);

    /// <summary>Excel's row number of a data row (header is row 1).</summary>
    public int RowNumber(string id, bool indicator = true) => Rows.IndexOf(Row(id, indicator)) + 2;

    public Sheet Set(string id, string header, string value, bool indicator = true)
    {
        Row(id, indicator)[Column(header)] = value;
        return this;
    }

    public void Save(string path)
    {
        var text = new StringBuilder();
        foreach (var row in new[] { Header }.Concat(Rows))
            text.Append(string.Join(",", row.Select(PlanSite.Rendering.Data.Csv.Quote))).Append("\r\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }
}
