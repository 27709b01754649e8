using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>Reads plan.yaml: the plan's structure, baselines and targets.</summary>
public sealed class PlanReader
{
    private static readonly string[] PlanKeys =
    {
        "id", "municipality", "title", "title_note", "period", "as_of", "source", "levels", "grades",
        "status_words", "summary", "narrative", "chapters", "notes", "measures",
    };

    private static readonly string[] MeasureKeys =
    {
        "code", "id", "title", "owners", "budget", "purpose", "content", "content_heading", "roadmap", "annual_plans", "status",
        "repeat_of", "facts", "notes", "source_line", "indicators", "children",
    };

    private static readonly string[] IndicatorKeys =
    {
        "id", "name", "unit", "direction", "baseline", "targets", "final_target", "notes", "curation", "source_line", "repeat_of",
    };

    private readonly HashSet<string> _measureIds = new();
    private readonly HashSet<string> _indicatorIds = new();
    private readonly List<(Node Node, string Target)> _repeatReferences = new();
    private readonly List<(Node Node, string Target)> _indicatorRepeats = new();
    private FiscalYearRange _period;
    private int _levelCount;

    /// <summary>Returns the plan without reviews, or null when it has errors (recorded in the sink).</summary>
    public static Plan? Read(Node root, string expectedId, ErrorSink errors)
    {
        int before = errors.Errors.Count;
        var plan = new PlanReader().ReadPlan(root, expectedId);
        return errors.Errors.Count > before ? null : plan;
    }

    private Plan? ReadPlan(Node root, string expectedId)
    {
        var map = root.AsMapping(PlanKeys);
        if (map is null) return null;

        string? id = ReadId(map, "id");
        if (id is not null && id != expectedId)
            map.Required("id", "")!.Error($"plan id '{id}' must equal its folder name '{expectedId}'");

        var period = ReadPeriod(map.Required("period", "{from: <fiscal year>, to: <fiscal year>}"));
        _period = period ?? default;
        var levelsNode = map.Required("levels", "a list of level names from the top, e.g. [施策, 事業]");
        var levels = levelsNode?.AsStringList() ?? Array.Empty<string>();
        if (levelsNode is not null && levels.Count == 0)
            levelsNode.Error("expected at least one level name");
        _levelCount = levels.Count;

        var measures = period is null
            ? Array.Empty<Measure>()
            : ReadMeasures(map.Required("measures", "a list of measures"), depth: 0, parentId: null);
        foreach (var (node, target) in _repeatReferences)
            if (!_measureIds.Contains(target))
                node.Error($"repeat_of names '{target}', which is not a measure of this plan");
        foreach (var (node, target) in _indicatorRepeats)
            if (!_indicatorIds.Contains(target))
                node.Error($"repeat_of names '{target}', which is not an indicator of this plan");

        return new Plan
        {
            Id = id ?? "",
            Municipality = ReadMunicipality(map.Required("municipality", "{name, prefecture?}")),
            Title = map.RequiredString("title", "the plan's title") ?? "",
            TitleNote = map.String("title_note"),
            Period = period ?? default,
            AsOf = map.String("as_of"),
            Source = ReadSource(map.Required("source", "{title, file?, publisher?, url?, note?}"), requireTitle: true)
                     ?? new SourceDocument("", null, null, null, null),
            LevelNames = levels,
            Grades = ReadGrades(map.Optional("grades")),
            StatusWords = map.StringList("status_words"),
            Summary = map.String("summary"),
            Narrative = map.String("narrative"),
            Chapters = ReadChapters(map.Optional("chapters")),
            Notes = ReadNotes(map.Optional("notes")),
            Measures = measures,
        };
    }

    private static string? ReadId(Node.Mapping map, string key)
    {
        var node = map.Required(key, "a safe slug");
        string? id = node?.AsString();
        if (id is not null && !Slug.IsSafe(id))
        {
            node!.Error($"'{id}' is not a safe id: {Slug.Rule}");
            return null;
        }
        return id;
    }

    private static Municipality ReadMunicipality(Node? node)
    {
        var map = node?.AsMapping("name", "prefecture");
        return new Municipality(map?.RequiredString("name", "the municipality's name") ?? "", map?.String("prefecture"));
    }

    public static SourceDocument? ReadSource(Node? node, bool requireTitle)
    {
        var map = node?.AsMapping("title", "file", "publisher", "url", "note");
        if (map is null) return null;
        string? title = requireTitle ? map.RequiredString("title", "the source document's title") : map.String("title");
        return new SourceDocument(title ?? "", map.String("file"), map.String("publisher"), map.String("url"), map.String("note"));
    }

    private static FiscalYearRange? ReadPeriod(Node? node)
    {
        var map = node?.AsMapping("from", "to");
        if (map is null) return null;
        int? from = map.Required("from", "the first fiscal year, e.g. 2021")?.AsInt();
        int? to = map.Required("to", "the last fiscal year, e.g. 2025")?.AsInt();
        if (from is null || to is null) return null;
        if (from > to || from < 1900 || to > 2200)
        {
            node!.Error($"period {from}–{to} is not a valid range of fiscal years");
            return null;
        }
        return new FiscalYearRange(new FiscalYear(from.Value), new FiscalYear(to.Value));
    }

    private static GradeScale ReadGrades(Node? node)
    {
        if (node is null) return GradeScale.Empty;
        var grades = new List<Grade>();
        foreach (var item in node.AsSequence())
        {
            var map = item.AsMapping("key", "label", "tone", "description");
            if (map is null) continue;
            var keyNode = map.Required("key", "the grade as the source writes it, e.g. A");
            string? key = keyNode?.AsString();
            string? label = map.RequiredString("label", "what the grade means, e.g. 順調");
            var toneNode = map.Required("tone", "good, fair, poor or none");
            GradeTone? tone = toneNode?.AsString() switch
            {
                null => null,
                "good" => GradeTone.Good,
                "fair" => GradeTone.Fair,
                "poor" => GradeTone.Poor,
                "none" => GradeTone.None,
                var other => Invalid(toneNode!, $"unknown tone '{other}'; expected good, fair, poor or none"),
            };
            if (key is not null && grades.Any(g => g.Key == key))
                keyNode!.Error($"duplicate grade key '{key}'");
            else if (key is not null && label is not null && tone is not null)
                grades.Add(new Grade(key, label, tone.Value, map.String("description")));
        }
        return new GradeScale(grades);
    }

    private static GradeTone? Invalid(Node node, string message)
    {
        node.Error(message);
        return null;
    }

    /// <summary>chapters: [{id, title, body}]; ids become URL segments, so they are safe slugs and unique.</summary>
    private static IReadOnlyList<PlanChapter> ReadChapters(Node? node)
    {
        if (node is null) return Array.Empty<PlanChapter>();
        var chapters = new List<PlanChapter>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.AsSequence())
        {
            var map = item.AsMapping("id", "title", "body");
            if (map is null) continue;
            string? id = ReadId(map, "id");
            string? title = map.RequiredString("title", "the chapter's title");
            string? body = map.RequiredString("body", "the chapter's text (Markdown)");
            if (id is not null && !ids.Add(id))
                map.Required("id", "")!.Error($"chapter id '{id}' is used twice in this plan");
            else if (id is not null && title is not null && body is not null)
                chapters.Add(new PlanChapter(id, title, body));
        }
        return chapters;
    }

    public static IReadOnlyList<Note> ReadNotes(Node? node)
    {
        if (node is null) return Array.Empty<Note>();
        var notes = new List<Note>();
        foreach (var item in node.AsSequence())
        {
            var map = item.AsMapping("text", "source_line");
            string? text = map?.RequiredString("text", "the note's text");
            if (text is not null)
                notes.Add(new Note(text, map!.Optional("source_line")?.AsInt()));
        }
        return notes;
    }

    private IReadOnlyList<Measure> ReadMeasures(Node? node, int depth, string? parentId)
    {
        if (node is null) return Array.Empty<Measure>();
        if (depth >= _levelCount)
        {
            node.Error($"measures nest {depth + 1} levels deep but the plan's levels name only {_levelCount}");
            return Array.Empty<Measure>();
        }
        return node.AsSequence().Select(item => ReadMeasure(item, depth, parentId)).OfType<Measure>().ToArray();
    }

    private Measure? ReadMeasure(Node node, int depth, string? parentId)
    {
        var map = node.AsMapping(MeasureKeys);
        if (map is null) return null;
        string? code = map.RequiredString("code", "the measure's code as printed, e.g. 2-1-3");
        var idNode = map.Optional("id");
        string? id = idNode?.AsString() ?? code;
        var idCarrier = idNode ?? map.Optional("code");
        if (id is not null && !Slug.IsSafe(id))
        {
            idCarrier!.Error(idNode is null
                ? $"code '{id}' cannot be used in a URL; add an 'id' ({Slug.Rule})"
                : $"'{id}' is not a safe id: {Slug.Rule}");
            id = null;
        }
        else if (id is not null && !_measureIds.Add(id))
        {
            idCarrier!.Error($"duplicate measure id '{id}' in this plan");
        }
        if (map.Optional("repeat_of") is { } repeatNode && repeatNode.AsString() is { } target)
            _repeatReferences.Add((repeatNode, target));

        string measureId = id ?? "";
        return new Measure
        {
            Id = measureId,
            Code = code ?? "",
            Title = map.RequiredString("title", "the measure's title") ?? "",
            Depth = depth,
            ParentId = parentId,
            Owners = ReadOwners(map.List("owners")),
            Budget = ReadBudget(map.Optional("budget")),
            Purpose = map.String("purpose"),
            Content = map.StringList("content"),
            ContentHeading = map.String("content_heading"),
            Roadmap = map.List("roadmap").Select(ReadRoadmapTask).OfType<RoadmapTask>().ToArray(),
            AnnualPlans = map.List("annual_plans").Select(ReadAnnualPlan).OfType<AnnualPlan>().ToArray(),
            Status = ReadStatus(map.Optional("status")),
            RepeatOf = map.String("repeat_of"),
            Facts = map.List("facts").Select(item =>
            {
                var fact = item.AsMapping("label", "text");
                string? label = fact?.RequiredString("label", "what the value is, as printed");
                string? text = fact?.RequiredString("text", "the value as printed");
                return label is null || text is null ? null : new Fact(label, text);
            }).OfType<Fact>().ToArray(),
            Notes = ReadNotes(map.Optional("notes")),
            SourceLine = map.Optional("source_line")?.AsInt(),
            Indicators = map.List("indicators").Select(i => ReadIndicator(i, measureId)).OfType<Indicator>().ToArray(),
            Children = ReadMeasures(map.Optional("children"), depth + 1, measureId),
        };
    }

    /// <summary>Each owner gets a page whose path is its name (see DepartmentName).</summary>
    private static IReadOnlyList<string> ReadOwners(IReadOnlyList<Node> items) =>
        items.Select(item =>
        {
            string? name = item.AsString();
            if (name is null || DepartmentName.IsSafe(name)) return name;
            item.Error($"owner '{name}' cannot name a department page: {DepartmentName.Rule}");
            return null;
        }).OfType<string>().ToArray();

    private FiscalYear? ReadYear(Node? node, bool mustBeInPeriod = true)
    {
        int? year = node?.AsInt();
        if (year is null) return null;
        var fiscalYear = new FiscalYear(year.Value);
        if (mustBeInPeriod && !_period.Contains(fiscalYear))
        {
            node!.Error($"fiscal year {year} is outside the plan period {_period.From}–{_period.To}");
            return null;
        }
        return fiscalYear;
    }

    private Budget? ReadBudget(Node? node)
    {
        var map = node?.AsMapping("fiscal_year", "amount", "unit", "raw");
        if (map is null) return null;
        string? raw = map.RequiredString("raw", "the budget as the source prints it");
        return raw is null ? null
            : new Budget(ReadYear(map.Optional("fiscal_year")), map.Optional("amount")?.AsDecimal(), map.String("unit"), raw);
    }

    private RoadmapTask? ReadRoadmapTask(Node node)
    {
        var map = node.AsMapping("task", "years", "raw", "note");
        string? task = map?.RequiredString("task", "what is done");
        if (task is null) return null;
        var yearsNode = map!.Optional("years");
        IReadOnlyList<FiscalYear>? years = yearsNode?.AsSequence().Select(y => ReadYear(y)).OfType<FiscalYear>().ToArray();
        return new RoadmapTask(task, years, map.String("raw"), map.String("note"));
    }

    private AnnualPlan? ReadAnnualPlan(Node node)
    {
        var map = node.AsMapping("fiscal_year", "actions", "schedule");
        if (map is null) return null;
        var year = ReadYear(map.Required("fiscal_year", "the fiscal year this plan is for"));
        var schedule = map.List("schedule").Select(item =>
        {
            var task = item.AsMapping("task", "months");
            string? name = task?.RequiredString("task", "what is done");
            var monthsNode = task?.Optional("months");
            var months = monthsNode?.AsSequence().Select(m =>
            {
                int? month = m.AsInt();
                if (month is < 1 or > 12) { m.Error($"month {month} is not between 1 and 12"); return null; }
                return month;
            }).OfType<int>().ToArray();
            return name is null ? null : new ScheduledTask(name, months);
        }).OfType<ScheduledTask>().ToArray();
        return year is null ? null : new AnnualPlan(year.Value, map.StringList("actions"), schedule);
    }

    private MeasureStatus? ReadStatus(Node? node)
    {
        var map = node?.AsMapping("state", "fiscal_year", "raw");
        if (map is null) return null;
        string? state = map.RequiredString("state", "e.g. 廃止 or 完了");
        string? raw = map.RequiredString("raw", "the source's wording");
        return state is null || raw is null ? null
            : new MeasureStatus(state, ReadYear(map.Optional("fiscal_year"), mustBeInPeriod: false), raw);
    }

    private Indicator? ReadIndicator(Node node, string measureId)
    {
        var map = node.AsMapping(IndicatorKeys);
        if (map is null) return null;
        var idNode = map.Required("id", "a safe slug, unique in the plan");
        string? id = ReadId(map, "id");
        if (id is not null && !_indicatorIds.Add(id))
            idNode!.Error($"duplicate indicator id '{id}' in this plan");

        var directionNode = map.Optional("direction");
        Direction direction = directionNode?.AsString() switch
        {
            null or "increase" => Direction.Increase,
            "decrease" => Direction.Decrease,
            "maintain" => Direction.Maintain,
            "qualitative" => Direction.Qualitative,
            var other => InvalidDirection(directionNode!, other),
        };

        return new Indicator
        {
            Id = id ?? "",
            Name = map.RequiredString("name", "the indicator's name as printed") ?? "",
            MeasureId = measureId,
            Unit = map.String("unit"),
            Direction = direction,
            Baseline = ReadBaseline(map.Optional("baseline")),
            Targets = ReadTargets(map.Optional("targets")),
            FinalTarget = ReadFinalTarget(map.Optional("final_target")),
            Notes = ReadNotes(map.Optional("notes")),
            Curation = map.StringList("curation"),
            SourceLine = map.Optional("source_line")?.AsInt(),
            RepeatOf = ReadIndicatorRepeat(map.Optional("repeat_of")),
        };
    }

    private string? ReadIndicatorRepeat(Node? node)
    {
        string? target = node?.AsString();
        if (target is not null) _indicatorRepeats.Add((node!, target));
        return target;
    }

    private static Direction InvalidDirection(Node node, string value)
    {
        node.Error($"unknown direction '{value}'; expected increase, decrease, maintain or qualitative");
        return Direction.Increase;
    }

    private Baseline? ReadBaseline(Node? node)
    {
        var map = node?.AsMapping("fiscal_year", "label", "value");
        if (map is null) return null;
        var value = map.Required("value", "the baseline value") is { } v ? ValueReader.Read(v) : null;
        // A baseline usually predates the plan period, so only its plausibility is checked.
        var year = ReadYear(map.Optional("fiscal_year"), mustBeInPeriod: false);
        return value is null ? null : new Baseline(year, map.String("label"), value);
    }

    private FinalTarget? ReadFinalTarget(Node? node)
    {
        var map = node?.AsMapping("label", "value");
        if (map is null) return null;
        var value = map.Required("value", "the final target value") is { } v ? ValueReader.Read(v) : null;
        return value is null ? null : new FinalTarget(map.String("label"), value);
    }

    private IReadOnlyList<KeyValuePair<FiscalYear, Value>> ReadTargets(Node? node)
    {
        if (node is null) return Array.Empty<KeyValuePair<FiscalYear, Value>>();
        if (node.Yaml is not YamlDotNet.RepresentationModel.YamlMappingNode mapping)
        {
            node.Error("expected a mapping of fiscal year to value, e.g. {2021: 10, 2022: 12}");
            return Array.Empty<KeyValuePair<FiscalYear, Value>>();
        }
        var targets = new SortedDictionary<FiscalYear, Value>();
        foreach (var pair in mapping.Children)
        {
            var keyNode = node.Child(pair.Key, node.ChildPath(pair.Key.ToString()));
            var year = ReadYear(keyNode);
            if (year is null) continue;
            if (targets.ContainsKey(year.Value)) { keyNode.Error($"duplicate fiscal year {year}"); continue; }
            if (Node.IsNull(pair.Value)) continue;
            var value = ValueReader.Read(node.Child(pair.Value, keyNode.Path));
            if (value is not null) targets[year.Value] = value;
        }
        return targets.ToArray();
    }
}
