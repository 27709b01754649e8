using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// The two header rows every page repeats. They name the levels (基本方針, 取組項目), the text columns
/// by letter (D = R1年度取組内容, G = 本部会意見, H = R2年度目標) and the dates of the three indicator
/// sub-columns (当初 H27末, 目標 R3末, 現状値 R1末), so the fiscal years come from the document.
/// </summary>
public sealed record TableHeader(int Line, string TopLevel, IReadOnlyDictionary<char, string> Columns, SubColumns? Values)
{
    public string Column(char letter) => Columns.TryGetValue(letter, out var label) ? label : "";

    /// <summary>Same columns and dates: a page whose header differs would need its own reading.</summary>
    public bool SameLayoutAs(TableHeader other) =>
        TopLevel == other.TopLevel && Values == other.Values
        && Columns.Count == other.Columns.Count && Columns.All(c => other.Columns.TryGetValue(c.Key, out var v) && v == c.Value);
}

/// <summary>「当初 (H27末)」「目標 (R3末)」「現状値 (R1末)」: labels and the fiscal years they name.</summary>
public sealed record SubColumns(string BaselineLabel, FiscalYear? BaselineYear, string TargetLabel, FiscalYear? TargetYear,
    string CurrentLabel, FiscalYear? CurrentYear);

public static partial class TableHeaderReader
{
    public static TableHeader Read(SeedLine header)
    {
        var columns = new Dictionary<char, string>();
        string topLevel = "";
        foreach (var text in header.Texts)
        {
            var m = LetteredColumn().Match(text);
            if (m.Success)
                columns[m.Groups["letter"].Value[0]] = m.Groups["label"].Value;
            else if (topLevel.Length == 0 && text != RowClassifier.HeaderNumberLabel)
                topLevel = text;
        }
        return new TableHeader(header.Number, topLevel, columns, null);
    }

    public static SubColumns? ReadSubColumns(SeedLine subHeader)
    {
        var parts = subHeader.Texts.Skip(1).Select(t => DatedColumn().Match(t)).ToArray();
        if (parts.Length != 3 || parts.Any(p => !p.Success))
            return null;
        string When(int i) => parts[i].Groups["when"].Value;
        return new SubColumns(When(0), EraYear.FromYearEnd(When(0)), When(1), EraYear.FromYearEnd(When(1)),
            When(2), EraYear.FromYearEnd(When(2)));
    }

    // 「取組項目 (A)」: the letters tie the columns to the note 「A・B・C及びE(…)は…転記項目」.
    [GeneratedRegex(@"^(?<label>.+?) \((?<letter>[A-Z])\)$")]
    private static partial Regex LetteredColumn();

    [GeneratedRegex(@"^(?<label>\S+) \((?<when>[^()]+)\)$")]
    private static partial Regex DatedColumn();
}
