using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>Reads reviews/&lt;fiscal-year&gt;.yaml against the plan it reviews.</summary>
public static class ReviewReader
{
    public static Review? Read(Node root, Plan plan, int fileYear, ErrorSink errors)
    {
        int before = errors.Errors.Count;
        var map = root.AsMapping("fiscal_year", "published", "source", "measures", "indicators");
        if (map is null) return null;

        var yearNode = map.Required("fiscal_year", $"the fiscal year reviewed ({fileYear}, as the file name says)");
        int? year = yearNode?.AsInt();
        if (year is not null && year != fileYear)
            yearNode!.Error($"fiscal_year {year} does not match the file name {fileYear}.yaml");
        else if (year is not null && !plan.Period.Contains(new FiscalYear(year.Value)))
            yearNode!.Error($"fiscal year {year} is outside the plan period {plan.Period.From}–{plan.Period.To}");

        var measureIds = plan.AllMeasures.Select(m => m.Id).ToHashSet();
        var indicatorIds = plan.AllIndicators.Select(i => i.Id).ToHashSet();

        var measures = new Dictionary<string, MeasureReview>();
        foreach (var item in map.List("measures"))
        {
            var entry = item.AsMapping("id", "grade", "commentary", "evaluator", "cost", "activities", "target_status", "sdgs");
            if (entry is null) continue;
            string? id = ReadReference(entry, measureIds, "measure", measures.ContainsKey);
            var grade = ReadGrade(entry.Optional("grade"), plan.Grades);
            var commentary = entry.List("commentary").Select(c =>
            {
                var comment = c.AsMapping("label", "text");
                string? label = comment?.RequiredString("label", "the column heading, e.g. 取組内容");
                string? text = comment?.RequiredString("text", "the commentary");
                return label is null || text is null ? null : new Commentary(label, text);
            }).OfType<Commentary>().ToArray();
            if (id is not null)
                measures[id] = new MeasureReview(id, grade, commentary)
                {
                    Evaluator = entry.String("evaluator"),
                    Cost = EvaluationSheetReader.ReadCost(entry.Optional("cost")),
                    Activities = EvaluationSheetReader.ReadActivities(entry.List("activities")),
                    TargetStatus = EvaluationSheetReader.ReadTargetStatus(entry.Optional("target_status")),
                    Sdgs = EvaluationSheetReader.ReadSdgs(entry.Optional("sdgs")),
                };
        }

        var indicators = new Dictionary<string, IndicatorResult>();
        foreach (var item in map.List("indicators"))
        {
            var entry = item.AsMapping("id", "actual", "grade", "note");
            if (entry is null) continue;
            string? id = ReadReference(entry, indicatorIds, "indicator", indicators.ContainsKey);
            var actual = entry.Optional("actual") is { } a ? ValueReader.Read(a) : null;
            var grade = ReadGrade(entry.Optional("grade"), plan.Grades);
            if (id is not null) indicators[id] = new IndicatorResult(id, actual, grade, entry.String("note"));
        }

        if (errors.Errors.Count > before || year is null) return null;
        return new Review
        {
            FiscalYear = new FiscalYear(year.Value),
            Source = PlanReader.ReadSource(map.Optional("source"), requireTitle: false),
            Published = ReadDate(map.Optional("published")),
            Measures = measures,
            Indicators = indicators,
        };
    }

    private static DateOnly? ReadDate(Node? node)
    {
        string? text = node?.AsString();
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            return date;
        node!.Error($"'{text}' is not a date; expected YYYY-MM-DD, e.g. 2023-06-30");
        return null;
    }

    private static string? ReadReference(Node.Mapping entry, HashSet<string> known, string kind, Func<string, bool> alreadySeen)
    {
        var node = entry.Required("id", $"the id of a {kind} of the plan");
        string? id = node?.AsString();
        if (id is null) return null;
        if (!known.Contains(id))
        {
            node!.Error($"unknown {kind} id '{id}': the plan has no such {kind}");
            return null;
        }
        if (alreadySeen(id))
        {
            node!.Error($"{kind} '{id}' is reviewed twice in this file");
            return null;
        }
        return id;
    }

    private static Grade? ReadGrade(Node? node, GradeScale scale)
    {
        string? key = node?.AsString();
        if (key is null) return null;
        var grade = scale.Find(key);
        if (grade is null)
            node!.Error(scale.Grades.Count == 0
                ? $"grade '{key}' given, but the plan defines no grades"
                : $"unknown grade '{key}'; the plan's grades are: {string.Join(", ", scale.Grades.Select(g => g.Key))}");
        return grade;
    }
}
