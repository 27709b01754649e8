using PlanSite.Content;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// Maps the read document onto the model: 章 (depth 0) → 政策 (1) → 施策 (2, with 成果指標) → 事業 (3, with
/// 目標指標). A 再掲 project is printed under a second 施策 too; there it becomes a link (repeat_of) to the
/// one project page, never a second copy.
/// </summary>
public sealed class PlanAssembler
{
    public const string CovidLabel = "新型コロナウイルス感染症関連事業";
    public const string FiscalEffectLabel = "５年間の財政効果";
    public const string PageLabel = "掲載ページ";
    public const string RepostLabel = "再掲先";

    private readonly Curation _curation;
    private readonly CurationCheck _check;

    public PlanAssembler(Curation curation, CurationCheck check)
    {
        _curation = curation;
        _check = check;
    }

    public static string RepostId(string measureCode, string projectCode) => $"{measureCode}-saikei-{projectCode}";

    public Plan Assemble(ImplementationDocument document, string seedFileName, ICollection<ImportWarning> warnings)
    {
        if (!Slug.IsSafe(_curation.Id.Value))
            throw new InvalidDataException($"curated plan id '{_curation.Id.Value}' is not a safe id: {Slug.Rule}");
        var indicators = new IndicatorBuilder(_curation);
        var names = document.Index.ToDictionary(r => r.Code, r => r.Name);
        var measureNames = document.Measures.ToDictionary(m => m.Code, m => m.Name);

        var projects = document.Boxes.Select(box =>
        {
            var row = document.Index.Single(r => r.Code == box.Code);
            var notes = new List<Note>();
            var built = indicators.Project(box, document.Indicators[box.Code], notes);
            var facts = new List<Fact>();
            if (box.RepostedTo is { } to) facts.Add(new Fact(RepostLabel, $"{to} {measureNames[to]}"));
            facts.Add(new Fact(FiscalEffectLabel, box.FiscalEffect));
            facts.Add(new Fact(CovidLabel, row.CovidRelated ? "○（関連事業）" : "―（関連事業ではない）"));
            facts.Add(new Fact(PageLabel, $"P{row.Page}"));
            return new Measure
            {
                Id = box.Code,
                Code = box.Code,
                Title = row.Name,
                Depth = 3,
                ParentId = row.MeasureCode,
                Owners = box.Owners,
                Purpose = box.Purpose,
                Content = box.Content,
                ContentHeading = "事業内容",
                Facts = facts,
                Notes = notes,
                SourceLine = box.Line,
                Indicators = built,
            };
        }).ToArray();

        var outcomes = _curation.OutcomeIndicators.Select(o => indicators.Outcome(o, _check)).ToArray();
        foreach (var o in _curation.OutcomeIndicators.Where(o => !measureNames.ContainsKey(o.Measure)))
            throw new InvalidDataException($"outcome_indicators: {o.Measure} is not a 施策 of the seed");

        var measures = document.Measures.OrderBy(m => m.Code, StringComparer.Ordinal).Select(page =>
        {
            var own = projects.Where(p => p.ParentId == page.Code);
            var reposts = document.Boxes.Where(b => b.RepostedTo == page.Code).Select(b => new Measure
            {
                Id = RepostId(page.Code, b.Code),
                Code = b.Code,
                Title = names[b.Code],
                Depth = 3,
                ParentId = page.Code,
                RepeatOf = b.Code,
                SourceLine = b.Line,
            });
            return new Measure
            {
                Id = page.Code,
                Code = page.Code,
                Title = page.Name,
                Depth = 2,
                ParentId = page.Code[..^2],
                Owners = page.Departments,
                SourceLine = page.Line,
                Indicators = outcomes.Where(o => o.MeasureId == page.Code).ToArray(),
                Children = own.Concat(reposts).ToArray(),
            };
        }).ToArray();

        if (_curation.Policies.Count != _curation.ExpectedCounts.Policies)
            throw new InvalidDataException($"the curation names {_curation.Policies.Count} policies, expected {_curation.ExpectedCounts.Policies}");
        var policies = _curation.Policies.Select(p =>
        {
            _check.Text(p.Title, p.Lines, $"policies {p.Code} title");
            _check.Text(p.Direction, p.DirectionLines, $"policies {p.Code} direction");
            var children = measures.Where(m => m.ParentId == p.Code).ToArray();
            if (children.Length == 0)
                throw new InvalidDataException($"policies {p.Code}: no 施策 code starts with it");
            return new Measure
            {
                Id = p.Code,
                Code = p.Code,
                Title = p.Title,
                Depth = 1,
                ParentId = p.Code[..2],
                Content = [p.Direction],
                ContentHeading = "目指す方向性",
                Facts = [new Fact("節", p.Label)],
                SourceLine = p.Lines[0],
                Children = children,
            };
        }).ToArray();
        if (measures.FirstOrDefault(m => policies.All(p => p.Id != m.ParentId)) is { } orphan)
            throw new InvalidDataException($"施策 {orphan.Code} belongs to no curated policy");

        var chapters = _curation.Chapters.Select(c =>
        {
            _check.Text(c.Title, c.Lines, $"chapters {c.Code} title");
            return new Measure
            {
                Id = c.Code,
                Code = c.Code,
                Title = c.Title,
                Depth = 0,
                SourceLine = c.Lines[0],
                Children = policies.Where(p => p.ParentId == c.Code).ToArray(),
            };
        }).ToArray();
        if (policies.FirstOrDefault(p => chapters.All(c => c.Id != p.ParentId)) is { } lost)
            throw new InvalidDataException($"policy {lost.Code} belongs to no curated chapter");
        _check.Text(_curation.Part.Text, _curation.Part.Lines, "part");

        foreach (var unused in indicators.UnusedFixes())
            warnings.Add(new ImportWarning(0, $"curation entry matches nothing in the seed: {unused}"));
        return new Plan
        {
            Id = _curation.Id.Value,
            Municipality = _curation.ToMunicipality(),
            Title = _curation.Title.Text,
            TitleNote = _curation.Title.Note,
            Period = new FiscalYearRange(IndicatorBuilder.PlanYears[0], IndicatorBuilder.PlanYears[^1]),
            AsOf = _curation.AsOf.Text,
            Source = new SourceDocument(_curation.Source.Title, seedFileName, _curation.Source.Publisher, _curation.Source.Url, _curation.Source.Note),
            LevelNames = _curation.Levels.Names,
            Grades = GradeScale.Empty,
            Summary = $"{_curation.Part.Text.Replace('\u3000', ' ')}の実施計画。{chapters.Length}章・{policies.Length}政策・{measures.Length}施策のもとに実施計画事業{projects.Length}件があり、施策ごとの成果指標{outcomes.Length}件と事業ごとの目標指標{projects.Sum(p => p.Indicators.Count)}件に、基準値と年度別の目標が定められています。この資料は計画であり、実績・評価は載っていません。",
            Measures = chapters,
        };
    }
}
