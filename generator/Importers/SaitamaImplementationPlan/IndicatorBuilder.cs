using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>Turns read rows into model indicators: values parsed, raw kept, footnotes and revision notes attached.</summary>
public sealed class IndicatorBuilder
{
    public static readonly FiscalYear[] PlanYears = Enumerable.Range(2021, IndicatorTableReader.YearCount).Select(y => new FiscalYear(y)).ToArray();

    private readonly Curation _curation;
    private readonly HashSet<Curation.IndicatorFix> _used = new(ReferenceEqualityComparer.Instance);

    public IndicatorBuilder(Curation curation) => _curation = curation;

    public static string ProjectIndicatorId(string projectCode, int no) => $"{projectCode}-{no}";

    public static string OutcomeIndicatorId(string measureCode, int no) => $"{measureCode}-seika-{no}";

    public IReadOnlyList<Indicator> Project(ProjectBox box, IReadOnlyList<IndicatorDraft> rows, ICollection<Note> measureNotes)
    {
        var indicators = new List<Indicator>();
        var footnotes = box.Footnotes.ToList();
        for (int n = 0; n < rows.Count; n++)
        {
            var row = rows[n];
            string id = ProjectIndicatorId(box.Code, n + 1);
            string? unit = Unit(row);
            var baseline = CellValues.Baseline(row.Baseline.Text, unit);
            var targets = PlanYears.Zip(row.Targets, (year, cell) => new KeyValuePair<FiscalYear, Value>(year, CellValues.Parse(cell.Text, unit))).ToArray();
            var notes = new List<Note>();
            // A footnote belongs to the row that carries its ※ (in the name or in the baseline), or to a box's only row.
            foreach (var note in footnotes.ToArray())
            {
                bool mine = row.Name.Contains('※') || row.Baseline.Text.Contains('※') || (rows.Count == 1 && note.Text.Contains("改定", StringComparison.Ordinal));
                if (!mine) continue;
                notes.Add(note);
                footnotes.Remove(note);
            }
            // Revision notes printed in the final-target column (目標指標⑵に統合（令和５年度改定）).
            if (row.Final.Text.Contains("改定", StringComparison.Ordinal))
                notes.Add(new Note($"計画期間の最終目標欄の記載：{row.Final.Text}", row.Final.Line));
            var fix = Fix(id);
            bool qualitative = targets.All(t => !t.Value.IsNumber) && !baseline.Value.IsNumber;
            indicators.Add(new Indicator
            {
                Id = id,
                Name = row.Name,
                MeasureId = box.Code,
                Unit = unit,
                Direction = fix?.Direction is { } d ? Enum.Parse<Direction>(d, ignoreCase: true) : qualitative ? Direction.Qualitative : Direction.Increase,
                Baseline = new Baseline(baseline.Year, baseline.Label, baseline.Value),
                Targets = targets,
                // The 計画期間 最終目標 column is free text; it is kept verbatim as a word.
                FinalTarget = new FinalTarget(null, Value.OfWord(row.Final.Text)),
                Notes = fix?.Note is { } text ? notes.Append(new Note(text, fix.NoteLine)).ToArray() : notes,
                Curation = row.Placement.Concat(fix is null ? [] : [fix.Reason]).ToArray(),
                SourceLine = row.Line,
            });
        }
        foreach (var rest in footnotes) measureNotes.Add(rest);
        return indicators;
    }

    public Indicator Outcome(Curation.OutcomeEntry entry, CurationCheck check)
    {
        string where = $"outcome_indicators {entry.Measure} no {entry.No}";
        check.Text(entry.Name, entry.NameLines, $"{where} name");
        check.Text(entry.Baseline, entry.BaselineLines, $"{where} baseline");
        check.Text(entry.BaselineYear, entry.BaselineLines, $"{where} baseline_year");
        check.Text(entry.TargetR7, entry.TargetLines, $"{where} target_2025");
        check.Text(entry.TargetR12, entry.TargetLines, $"{where} target_2030");
        string? unit = CellValues.UnitOf(entry.Baseline) ?? CellValues.UnitOf(entry.TargetR7);
        var baseline = CellValues.Baseline($"{entry.Baseline}（{entry.BaselineYear}）", unit);
        var notes = new List<Note>();
        if (entry.Note is { } note)
        {
            check.Text(note, [entry.NoteLine ?? 0, entry.NoteLine ?? 0], $"{where} note");
            notes.Add(new Note(note, entry.NoteLine));
        }
        return new Indicator
        {
            Id = OutcomeIndicatorId(entry.Measure, entry.No),
            Name = entry.Name,
            MeasureId = entry.Measure,
            Unit = unit,
            Direction = entry.Direction is { } d ? Enum.Parse<Direction>(d, ignoreCase: true) : Direction.Increase,
            Baseline = new Baseline(baseline.Year, baseline.Label, baseline.Value),
            Targets = [new KeyValuePair<FiscalYear, Value>(new FiscalYear(2025), CellValues.Parse(entry.TargetR7, unit))],
            // 令和１２年度 lies beyond this plan's period: it is the 基本計画's horizon, kept as the final target.
            FinalTarget = new FinalTarget("令和12年度（2030年度）の目標", CellValues.Parse(entry.TargetR12, unit)),
            Notes = notes,
            Curation = [entry.Reason],
            SourceLine = entry.NameLines[0],
        };
    }

    public IEnumerable<string> UnusedFixes() => _curation.Indicators.Where(f => !_used.Contains(f)).Select(f => $"indicators: {f.Id}");

    private Curation.IndicatorFix? Fix(string id)
    {
        var fix = _curation.Indicators.FirstOrDefault(f => f.Id == id);
        if (fix is not null) _used.Add(fix);
        return fix;
    }

    /// <summary>The unit most of the row's numbers carry; rows of words have none.</summary>
    private static string? Unit(IndicatorDraft row) =>
        // Baselines count too (their year is cut off first), so a row whose targets are words keeps its unit.
        row.Targets.Select(t => t.Text).Prepend(row.Baseline.Text)
            .Select(CellValues.UnitOf).OfType<string>()
            .GroupBy(u => u).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
