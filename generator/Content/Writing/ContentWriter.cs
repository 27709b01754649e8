using PlanSite.Model;
using YamlDotNet.RepresentationModel;
using static PlanSite.Content.Writing.YamlBuilder;

namespace PlanSite.Content.Writing;

/// <summary>
/// Writes a plan and its reviews as content YAML (docs/content-schema.md). Importers build a model
/// and hand it here, so every importer emits the same, loadable shape. Output is deterministic.
/// </summary>
public static class ContentWriter
{
    /// <summary>Writes content/plans/&lt;id&gt;/plan.yaml and reviews/&lt;fy&gt;.yaml, replacing what was there.</summary>
    public static IReadOnlyList<string> WritePlan(Plan plan, string contentDir, string? header = null)
    {
        if (!Slug.IsSafe(plan.Id))
            throw new ArgumentException($"plan id '{plan.Id}' is not a safe id: {Slug.Rule}");
        string planDir = Path.Combine(contentDir, "plans", plan.Id);
        string reviewsDir = Path.Combine(planDir, "reviews");
        Directory.CreateDirectory(reviewsDir);
        // Reviews that the import no longer produces must not linger and be published; but a review
        // written by staff (`plansite review import`, by hand) is not the importer's to delete.
        foreach (var stale in Directory.GetFiles(reviewsDir, "*.yaml"))
            if (header is null || File.ReadAllText(stale).StartsWith(Comment(header), StringComparison.Ordinal))
                File.Delete(stale);

        var written = new List<string>();
        void Write(string path, string yaml)
        {
            File.WriteAllText(path, (header is null ? "" : Comment(header)) + yaml, new System.Text.UTF8Encoding(false));
            written.Add(path);
        }
        Write(Path.Combine(planDir, "plan.yaml"), PlanYaml(plan));
        foreach (var review in plan.Reviews)
            Write(Path.Combine(reviewsDir, $"{review.FiscalYear}.yaml"), ReviewYaml(review));
        return written;
    }

    private static string Comment(string header) =>
        string.Concat(header.Split('\n').Select(line => $"# {line}\n"));

    public static string PlanYaml(Plan plan)
    {
        var root = new YamlMappingNode()
            .With("id", plan.Id)
            .With("municipality", new YamlMappingNode().With("name", plan.Municipality.Name).With("prefecture", plan.Municipality.Prefecture))
            .With("title", plan.Title)
            .With("title_note", plan.TitleNote)
            .With("period", new YamlMappingNode { { "from", Int(plan.Period.From.StartYear) }, { "to", Int(plan.Period.To.StartYear) } })
            .With("as_of", plan.AsOf)
            .With("source", Source(plan.Source))
            .With("levels", Texts(plan.LevelNames))
            .WithList("grades", plan.Grades.Grades, g => new YamlMappingNode()
                .With("key", g.Key).With("label", g.Label).With("tone", g.Tone.ToString().ToLowerInvariant()).With("description", g.Description))
            .With("status_words", plan.StatusWords.Count == 0 ? null : Texts(plan.StatusWords))
            .With("summary", plan.Summary)
            .With("narrative", plan.Narrative)
            .WithList("chapters", plan.Chapters, c => new YamlMappingNode().With("id", c.Id).With("title", c.Title).With("body", c.Markdown))
            .WithList("notes", plan.Notes, Note)
            .WithList("measures", plan.Measures, Measure);
        return Serialize(root);
    }

    public static string ReviewYaml(Review review)
    {
        var root = new YamlMappingNode()
            .With("fiscal_year", Int(review.FiscalYear.StartYear))
            .With("published", review.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .With("source", review.Source is null ? null : Source(review.Source))
            .WithList("measures", review.Measures.Values.ToArray(), m => new YamlMappingNode()
                .With("id", m.MeasureId)
                .With("grade", m.Grade?.Key)
                .WithList("commentary", m.Commentary, c => new YamlMappingNode().With("label", c.Label).With("text", c.Text))
                .With("evaluator", m.Evaluator)
                .With("cost", m.Cost is null ? null : Cost(m.Cost))
                .WithList("activities", m.Activities, a => new YamlMappingNode()
                    .With("name", a.Name).With("result", a.Result is null ? null : Value(a.Result)))
                .With("target_status", m.TargetStatus is not { } t ? null : new YamlMappingNode()
                    .With("state", TargetStatus.Key(t.State)).With("raw", t.Raw))
                .With("sdgs", m.Sdgs is null ? null : Sdgs(m.Sdgs)))
            .WithList("indicators", review.Indicators.Values.ToArray(), i => new YamlMappingNode()
                .With("id", i.IndicatorId)
                .With("actual", i.Actual is null ? null : Value(i.Actual))
                .With("grade", i.Grade?.Key)
                .With("note", i.Note));
        return Serialize(root);
    }

    private static YamlMappingNode Cost(YearCost cost) => new YamlMappingNode()
        .With("unit", cost.Unit)
        .With("budget", cost.Budget is null ? null : Value(cost.Budget))
        .With("settlement", cost.Settlement is null ? null : Value(cost.Settlement))
        .With("settlement_label", cost.SettlementLabel)
        .With("staff_fte", cost.StaffFte is null ? null : Value(cost.StaffFte))
        .With("personnel_cost", cost.PersonnelCost is null ? null : Value(cost.PersonnelCost))
        .With("undetermined", cost.Undetermined.Count == 0 ? null : Flow(cost.Undetermined.Select(k => (YamlNode)Text(k))))
        .With("note", cost.Note)
        .WithList("other_staff", cost.OtherStaff, o => new YamlMappingNode()
            .With("kind", o.Kind)
            .With("fte", o.Fte is null ? null : Value(o.Fte))
            .With("undetermined", o.Undetermined));

    private static YamlMappingNode Sdgs(SdgContribution sdgs) => new YamlMappingNode()
        .WithList("goals", sdgs.Goals, g => new YamlMappingNode()
            .With("goal", Int(g.Goal))
            .With("label", g.Label)
            .With("raw", g.Raw)
            .With("kind", SdgGoal.Key(g.Kind)))
        .With("undetermined", sdgs.Undetermined);

    private static YamlMappingNode Source(SourceDocument source) => new YamlMappingNode()
        .With("title", source.Title.Length == 0 ? null : source.Title)
        .With("file", source.File).With("publisher", source.Publisher).With("url", source.Url).With("note", source.Note);

    private static YamlNode Note(Note note) => new YamlMappingNode()
        .With("text", note.Text)
        .With("source_line", note.SourceLine is { } line ? Int(line) : null);

    private static YamlNode Measure(Measure m) => new YamlMappingNode()
        .With("code", m.Code)
        .With("id", m.Id == m.Code ? null : m.Id)
        .With("title", m.Title)
        .With("owners", m.Owners.Count == 0 ? null : Texts(m.Owners))
        .With("budget", m.Budget is not { } b ? null : new YamlMappingNode()
            .With("fiscal_year", b.FiscalYear is { } y ? Int(y.StartYear) : null)
            .With("amount", b.Amount is { } a ? Number(a) : null)
            .With("unit", b.Unit)
            .With("raw", b.Raw))
        .With("purpose", m.Purpose)
        .With("content", m.Content.Count == 0 ? null : Texts(m.Content))
        .With("content_heading", m.ContentHeading)
        .WithList("roadmap", m.Roadmap, t => new YamlMappingNode()
            .With("task", t.Task)
            .With("years", t.Years is null ? null : Flow(t.Years.Select(y => (YamlNode)Int(y.StartYear))))
            .With("raw", t.Raw)
            .With("note", t.Note))
        .WithList("annual_plans", m.AnnualPlans, p => new YamlMappingNode()
            .With("fiscal_year", Int(p.FiscalYear.StartYear))
            .With("actions", p.Actions.Count == 0 ? null : Texts(p.Actions))
            .WithList("schedule", p.Schedule, s => new YamlMappingNode()
                .With("task", s.Task)
                .With("months", s.Months is null ? null : Flow(s.Months.Select(month => (YamlNode)Int(month))))))
        .With("status", m.Status is not { } st ? null : new YamlMappingNode()
            .With("state", st.State)
            .With("fiscal_year", st.FiscalYear is { } fy ? Int(fy.StartYear) : null)
            .With("raw", st.Raw))
        .With("repeat_of", m.RepeatOf)
        .WithList("facts", m.Facts, f => new YamlMappingNode().With("label", f.Label).With("text", f.Text))
        .WithList("notes", m.Notes, Note)
        .With("source_line", m.SourceLine is { } line ? Int(line) : null)
        .WithList("indicators", m.Indicators, Indicator)
        .WithList("children", m.Children, Measure);

    private static YamlNode Indicator(Indicator i) => new YamlMappingNode()
        .With("id", i.Id)
        .With("name", i.Name)
        .With("unit", i.Unit)
        .With("direction", i.Direction.ToString().ToLowerInvariant())
        .With("baseline", i.Baseline is not { } b ? null : new YamlMappingNode()
            .With("fiscal_year", b.FiscalYear is { } y ? Int(y.StartYear) : null)
            .With("label", b.Label)
            .With("value", Value(b.Value)))
        .With("targets", i.Targets.Count == 0 ? null : Targets(i.Targets))
        .With("final_target", i.FinalTarget is not { } f ? null : new YamlMappingNode().With("label", f.Label).With("value", Value(f.Value)))
        .WithList("notes", i.Notes, Note)
        .With("curation", i.Curation.Count == 0 ? null : Texts(i.Curation))
        .With("source_line", i.SourceLine is { } line ? Int(line) : null)
        .With("repeat_of", i.RepeatOf);

    private static YamlMappingNode Targets(IReadOnlyList<KeyValuePair<FiscalYear, Value>> targets)
    {
        var map = new YamlMappingNode();
        foreach (var (year, value) in targets)
            map.Add(Int(year.StartYear), Value(value));
        return map;
    }

    /// <summary>The short scalar form whenever it reads back to the same value; the mapping form otherwise.</summary>
    public static YamlNode Value(Value value)
    {
        var plain = Model.Value.FromScalar(value.Raw);
        if (plain == value)
            return Text(value.Raw);
        var map = new YamlMappingNode();
        if (value.Number is { } number) map.Add("number", Number(number));
        else map.Add("word", Text(value.Word!));
        return map.With("raw", value.Raw)
            .With("unit", value.Unit)
            .With("approx", value.Approximate ? new YamlScalarNode("true") : null)
            .With("bound", value.Bound switch { ValueBound.AtLeast => "at_least", ValueBound.AtMost => "at_most", ValueBound.Below => "below", _ => null })
            .With("note", value.Note);
    }
}
