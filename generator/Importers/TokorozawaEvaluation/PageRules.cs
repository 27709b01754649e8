namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// What each PDF page prints that the extraction did not keep with its sheet: the SDG goal labels (printed
/// per page in one cluster) and the staff figures. Every label and every figure of the seed must be
/// accounted for exactly once, by a sheet or by its page's unattributed list, so none is dropped or used
/// twice; and a sheet may say "blank" for an other-staff figure only when its page has no figure left over.
/// </summary>
public sealed class PageRules
{
    private readonly SeedText _seed;
    private readonly IReadOnlyList<PageSpec> _pages;

    public PageRules(SeedText seed, IReadOnlyList<PageSpec> pages)
    {
        _seed = seed;
        _pages = pages;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page.Page != i + 1)
                throw new InvalidDataException($"{seed.FileName}: pages[{i}] is page {page.Page}; pages must be listed 1, 2, 3 … in order");
            if (seed.Line(page.FirstLine).Trim() != "項目名")
                throw new InvalidDataException($"{seed.FileName}:{page.FirstLine}: page {page.Page} must start at the 項目名 line that opens its evaluator cluster, found 「{seed.Line(page.FirstLine)}」");
            if (i > 0 && page.FirstLine <= pages[i - 1].FirstLine)
                throw new InvalidDataException($"{seed.FileName}: page {page.Page} starts at line {page.FirstLine}, not after page {page.Page - 1}");
        }
    }

    /// <summary>The page a seed line is printed on; lines before the first page belong to none.</summary>
    public int? PageOf(int line) => _pages.LastOrDefault(p => p.FirstLine <= line)?.Page;

    /// <summary>The goal labels of a page that no sheet is given, as read from the seed.</summary>
    public IReadOnlyList<SdgLabels.PrintedLabel> Unattributed(int page) =>
        _pages[page - 1].SdgLabels.Select((l, i) => SdgLabels.Read(_seed, l, $"pages {page}: sdg_labels[{i}]")).ToArray();

    public void Check(IReadOnlyList<Sheet> sheets)
    {
        foreach (var sheet in sheets)
            if (PageOf(sheet.NameLine) != sheet.Page)
                throw new InvalidDataException($"{_seed.FileName}:{sheet.NameLine}: sheet {sheet.Id} is said to be on page {sheet.Page}, but its name is printed on page {PageOf(sheet.NameLine)?.ToString() ?? "none"}");
        CheckGoalLabels(sheets);
        CheckStaffFigures(sheets);
    }

    private void CheckGoalLabels(IReadOnlyList<Sheet> sheets)
    {
        var cited = new List<(int Line, int Page, string Who, int Goal, string Label)>();
        foreach (var sheet in sheets)
            cited.AddRange(sheet.SdgGoals.Select(g => (g.Line, sheet.Page, $"sheet {sheet.Id}", g.Goal.Goal, g.Goal.Label)));
        foreach (var page in _pages)
            cited.AddRange(Unattributed(page.Page).Select(l => (l.Line, page.Page, $"page {page.Page}'s sdg_labels", l.Goal, l.Label)));

        foreach (var twice in cited.GroupBy(c => c.Line).Where(g => g.Count() > 1))
            throw new InvalidDataException($"{_seed.FileName}:{twice.Key}: the SDG goal label on this line is cited twice ({string.Join(", ", twice.Select(c => c.Who))})");
        foreach (var c in cited.Where(c => PageOf(c.Line) != c.Page))
            throw new InvalidDataException($"{_seed.FileName}:{c.Line}: the SDG goal label on this line is printed on page {PageOf(c.Line)}, but {c.Who} is on page {c.Page}");
        var labelLines = Enumerable.Range(1, _seed.LineCount).Where(n => SdgLabels.StartsLabel(_seed.Line(n))).ToArray();
        var missing = labelLines.Except(cited.Select(c => c.Line)).ToArray();
        if (missing.Length > 0)
            throw new InvalidDataException($"{_seed.FileName}: the SDG goal label(s) on line(s) {string.Join(", ", missing)} are given to no sheet and listed in no page's sdg_labels");

        // The same goal reads the same wherever it is printed: a piece that stops short of a wrapped line shows up here.
        foreach (var goal in cited.GroupBy(c => c.Goal))
        {
            var labels = goal.Select(c => c.Label).Distinct().ToArray();
            if (labels.Length > 1)
                throw new InvalidDataException($"{_seed.FileName}: goal {goal.Key} is read as {string.Join(" and ", labels.Select(l => $"「{l}」"))} (lines {string.Join(", ", goal.Select(c => c.Line))}); a label piece is missing a wrapped line");
        }
    }

    private void CheckStaffFigures(IReadOnlyList<Sheet> sheets)
    {
        var uses = new List<int>();
        foreach (var sheet in sheets)
            uses.AddRange(sheet.StaffLines);
        var leftOver = new Dictionary<int, int>();
        foreach (var page in _pages)
        {
            foreach (var (piece, i) in page.UnattributedStaff.Select((p, i) => (p, i)))
            {
                var (text, line) = _seed.Piece(piece, $"pages {page.Page}: unattributed_staff[{i}]");
                if (!SdgLabels.IsFte(text))
                    throw new InvalidDataException($"{_seed.FileName}:{line}: pages {page.Page}: 「{text}」 is not a staff figure (n.nn 人)");
                if (PageOf(line) != page.Page)
                    throw new InvalidDataException($"{_seed.FileName}:{line}: the staff figure on this line is printed on page {PageOf(line)}, not page {page.Page}");
                uses.Add(line);
            }
            leftOver[page.Page] = page.UnattributedStaff.Count;
        }

        var usedPerLine = uses.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        for (int line = 1; line <= _seed.LineCount; line++)
        {
            int printed = SdgLabels.FteCount(_seed.Line(line));
            int used = usedPerLine.GetValueOrDefault(line);
            if (printed != used)
                throw new InvalidDataException($"{_seed.FileName}:{line}: 「{_seed.Line(line).Trim()}」 prints {printed} staff figure(s), but {used} are cited (by sheets' staff, temporary and part_time, or a page's unattributed_staff)");
        }

        foreach (var sheet in sheets)
            foreach (var (year, cost) in new[] { ("H30", sheet.H30), ("R1", sheet.R1) })
                foreach (var blank in cost.OtherStaff.Where(o => o.Fte is null && o.Undetermined is null))
                    if (leftOver.GetValueOrDefault(sheet.Page) > 0)
                        throw new InvalidDataException($"{_seed.FileName}: sheet {sheet.Id}: {year} {blank.Kind} is 'blank', but page {sheet.Page} has staff figures no sheet is given (unattributed_staff); the cell may hold one of them, so write '? reason'");
    }
}
