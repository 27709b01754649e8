using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// Maps the read document onto the model: 視点 → 基本目標 → 施策 → 取組項目群 → 取組項目 (depths 0–4), each
/// level with its paragraphs. Items and indicators keep their printed numbers as ids; 再掲 copies keep
/// theirs too but point to the original, and their indicator rows carry no series of their own.
/// </summary>
public static class PlanBuilder
{
    public static readonly FiscalYear BaselineYear = new(2019); // 令和元年度, printed on every baseline

    public static IReadOnlyList<Measure> Build(
        IReadOnlyList<ViewpointNode> tree, IReadOnlyList<ViewpointText> texts, FiscalYearRange period,
        KazoCuration curation, ICollection<ImportWarning> warnings)
    {
        if (texts.Count != tree.Count)
            throw new InvalidDataException($"第２章第４節 describes {texts.Count} viewpoints, chapter 3 has {tree.Count}");
        var goalTexts = texts.SelectMany(t => t.Goals).ToArray();
        var items = tree.SelectMany(v => v.Goals).SelectMany(g => g.Policies).SelectMany(p => p.Groups).SelectMany(g => g.Items)
            .ToDictionary(i => i.Number);

        var measures = new List<Measure>();
        for (int v = 0; v < tree.Count; v++)
        {
            var viewpoint = tree[v];
            if (!viewpoint.Name.EndsWith(texts[v].Name, StringComparison.Ordinal))
                throw new InvalidDataException($"line {texts[v].Line}: 第２章第４節's viewpoint {texts[v].Number} 「{texts[v].Name}」 is not chapter 3's 「{viewpoint.Name}」 (line {viewpoint.Line})");
            measures.Add(new Measure
            {
                Id = $"viewpoint-{v + 1}",
                Code = KazoValues.Format(texts[v].Number),
                Title = viewpoint.Name,
                Depth = 0,
                Content = texts[v].Description,
                ContentHeading = "概要",
                SourceLine = viewpoint.Line,
                Children = viewpoint.Goals.Select(goal => Goal(goal, goalTexts, items, period, curation, warnings) with { ParentId = $"viewpoint-{v + 1}" }).ToArray(),
            });
        }
        return measures;
    }

    private static Measure Goal(GoalNode goal, IReadOnlyList<GoalText> goalTexts, IReadOnlyDictionary<int, ItemCard> items,
        FiscalYearRange period, KazoCuration curation, ICollection<ImportWarning> warnings)
    {
        var text = goal.Number <= goalTexts.Count ? goalTexts[goal.Number - 1] : null;
        if (text is null || text.Name != goal.Name)
            throw new InvalidDataException($"line {goal.Line}: 基本目標 {goal.Number} 「{goal.Name}」 has no matching 【基本目標】 paragraph in 第２章第４節");
        string goalId = $"goal-{goal.Number}";
        return new Measure
        {
            Id = goalId,
            Code = KazoValues.Format(goal.Number),
            Title = goal.Name,
            Depth = 1,
            Content = text.Description,
            ContentHeading = "概要",
            SourceLine = goal.Line,
            Children = goal.Policies.Select(policy =>
            {
                string policyId = $"{goalId}-{policy.Number}";
                return new Measure
                {
                    Id = policyId,
                    Code = $"（{(char)('０' + policy.Number)}）",
                    Title = policy.Name,
                    Depth = 2,
                    ParentId = goalId,
                    Content = policy.Description,
                    ContentHeading = "概要",
                    SourceLine = policy.Line,
                    Children = policy.Groups.Select(group => new Measure
                    {
                        Id = $"{policyId}-{group.Number}",
                        Code = group.Mark,
                        Title = group.Name,
                        Depth = 3,
                        ParentId = policyId,
                        Content = group.Description,
                        ContentHeading = "概要",
                        SourceLine = group.Line,
                        Children = group.Items.OrderBy(i => i.Number) // item 55 is printed before 54
                            .Select(item => Item(item, $"{policyId}-{group.Number}", items, period, curation, warnings)).ToArray(),
                    }).ToArray(),
                };
            }).ToArray(),
        };
    }

    private static Measure Item(ItemCard item, string parentId, IReadOnlyDictionary<int, ItemCard> items, FiscalYearRange period,
        KazoCuration curation, ICollection<ImportWarning> warnings)
    {
        string id = KazoValues.Format(item.Number);
        ItemCard? original = null;
        if (item.RepeatOf is { } of)
        {
            if (!items.TryGetValue(of, out original))
                throw new InvalidDataException($"line {item.Line}: 取組項目-{item.Number} is marked 再掲 of item {of}, which the plan does not have");
            CheckCopy(item, original, warnings);
        }
        return new Measure
        {
            Id = id,
            Code = id,
            Title = item.Title,
            Depth = 4,
            ParentId = parentId,
            Owners = item.Owners,
            Content = item.Content,
            ContentHeading = "取組内容",
            RepeatOf = original is null ? null : KazoValues.Format(original.Number),
            Facts = item.Remarks is null ? [] : [new Fact("備考", item.Remarks)],
            SourceLine = item.Line,
            Indicators = item.Indicators.Select((row, index) => original is null
                ? Indicator(row, id, index, period, curation)
                : new Indicator
                {
                    Id = $"{id}-{index + 1}",
                    Name = row.Name,
                    MeasureId = id,
                    Unit = row.Unit,
                    SourceLine = row.Line,
                    RepeatOf = $"{KazoValues.Format(original.Number)}-{index + 1}",
                }).ToArray(),
        };
    }

    private static Indicator Indicator(IndicatorRow row, string itemId, int index, FiscalYearRange period, KazoCuration curation)
    {
        string id = $"{itemId}-{index + 1}";
        var targets = period.Years.Zip(row.Targets, (year, raw) => new KeyValuePair<FiscalYear, Value>(year, KazoValues.Read(raw, row.Unit))).ToArray();
        var direction = curation.Decrease(id) is not null ? Direction.Decrease
            : targets.Any(t => t.Value.IsNumber) ? Direction.Increase : Direction.Qualitative;
        return new Indicator
        {
            Id = id,
            Name = row.Name,
            MeasureId = itemId,
            Unit = row.Unit,
            Direction = direction,
            Baseline = new Baseline(BaselineYear, null, KazoValues.Read(row.Baseline, row.Unit)),
            Targets = targets,
            Notes = row.Note is null ? [] : [new Note(row.Note, row.NoteLine)],
            SourceLine = row.Line,
        };
    }

    /// <summary>A 再掲 card is a copy of its original; a difference would be lost by linking, so it is reported.</summary>
    private static void CheckCopy(ItemCard copy, ItemCard original, ICollection<ImportWarning> warnings)
    {
        void Differs(string what) => warnings.Add(new ImportWarning(copy.Line, $"取組項目-{copy.Number} (再掲 of {original.Number}) differs in {what}"));
        if (copy.Title != original.Title) Differs("title");
        if (!copy.Content.SequenceEqual(original.Content)) Differs("取組内容");
        if (!copy.Owners.SequenceEqual(original.Owners)) Differs("担当課");
        if (copy.Remarks != original.Remarks) Differs("備考");
        if (copy.Indicators.Count != original.Indicators.Count) Differs("the number of indicators");
        foreach (var (a, b) in copy.Indicators.Zip(original.Indicators))
            if (a.Name != b.Name || a.Baseline != b.Baseline || !a.Targets.SequenceEqual(b.Targets) || a.Note != b.Note)
                Differs($"indicator 「{a.Name}」");
    }
}
