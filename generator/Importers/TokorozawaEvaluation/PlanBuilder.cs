using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// Maps the sheets onto the model: the 節 the document covers at depth 0 and one measure per sheet beneath it,
/// each with its 成果指標; the FY2018 review carries the H30 figures the sheets print, the FY2019 review the
/// R1 figures, grades and commentary.
/// </summary>
public sealed class PlanBuilder
{
    private static readonly FiscalYear H30 = new(2018), R1 = new(2019), R2 = new(2020);

    private readonly TokorozawaCurationDocument _curation;
    private readonly GradeScale _grades;

    public PlanBuilder(TokorozawaCurationDocument curation)
    {
        _curation = curation;
        _grades = new GradeScale(curation.Grades
            .Select(g => new Grade(g.Key, g.Label, Enum.Parse<GradeTone>(g.Tone, ignoreCase: true), g.Description)).ToArray());
    }

    public static string IndicatorId(string sheetId) => sheetId + "-outcome";

    public Plan Build(IReadOnlyList<Sheet> sheets, string sectionTitle, int sectionLine, string seedFileName,
        IReadOnlyDictionary<string, SdgContribution?> sdgs)
    {
        var measures = sheets.Select((s, i) => Measure(s, i + 1)).ToArray();
        var section = new Measure
        {
            Id = _curation.Section.Id,
            Code = _curation.Section.Code,
            Title = sectionTitle,
            Depth = 0,
            SourceLine = sectionLine,
            Children = measures,
        };
        return new Plan
        {
            Id = _curation.Id.Value,
            Municipality = new Municipality(_curation.Municipality.Name, _curation.Municipality.Prefecture),
            Title = _curation.Title.Text,
            TitleNote = _curation.TitleNote?.Text,
            Period = new FiscalYearRange(H30, R2),
            Source = new SourceDocument(_curation.Title.Text, seedFileName, _curation.Source.Publisher, _curation.Source.Url, _curation.Source.Note),
            LevelNames = _curation.Section.Levels,
            Grades = _grades,
            Summary = _curation.Summary.Text,
            Narrative = _curation.Narrative?.Text,
            Notes = [new Note(_curation.SdgGoals.Text, null), new Note(_curation.OtherStaff.Text, null)],
            Measures = [section],
            Reviews = [Review2018(sheets), Review2019(sheets, sdgs)],
        };
    }

    private static Measure Measure(Sheet sheet, int number)
    {
        var notes = new List<Note>();
        if (sheet.RankNote is not null)
            notes.Add(new Note($"実施計画ランク：{SheetReader.Undeterminable}。{sheet.RankNote}", null));
        if (sheet.PeriodNote is not null)
            notes.Add(new Note($"期間：{SheetReader.Undeterminable}。{sheet.PeriodNote}", null));
        if (sheet.LegalBasisNote is not null)
            notes.Add(new Note($"根拠法令：{SheetReader.Undeterminable}。{sheet.LegalBasisNote}", null));
        if (sheet.EmptyActivityNote is not null)
            notes.Add(new Note(sheet.EmptyActivityNote, null));
        notes.AddRange(sheet.Decisions.Where(d => !d.Field.StartsWith("indicator", StringComparison.Ordinal))
            .Select(d => new Note($"{FieldLabel(d.Field)}：{d.Reason}", null)));
        return new Measure
        {
            Id = sheet.Id,
            Code = number.ToString(CultureInfo.InvariantCulture),
            Title = sheet.Name,
            Depth = 1,
            Owners = [sheet.Department],
            Purpose = sheet.Purpose,
            Facts =
            [
                new Fact("会計", sheet.Account),
                new Fact("実施計画ランク", sheet.Rank ?? SheetReader.Undeterminable),
                new Fact("事業の種別", sheet.WorkType),
                new Fact("期間", sheet.Period ?? SheetReader.Undeterminable),
                new Fact("根拠法令", sheet.LegalBasis ?? SheetReader.Undeterminable),
                new Fact("掲載頁", $"{sheet.Page}ページ目"),
            ],
            Notes = notes,
            SourceLine = sheet.NameLine,
            Indicators = [Indicator(sheet)],
        };
    }

    private static Indicator Indicator(Sheet sheet)
    {
        var i = sheet.Indicator;
        var targets = new List<KeyValuePair<FiscalYear, Value>>();
        if (i.H30Target is not null) targets.Add(new(H30, i.H30Target));
        if (i.R1Target is not null) targets.Add(new(R1, i.R1Target));
        if (i.R2Target is not null) targets.Add(new(R2, i.R2Target));
        return new Indicator
        {
            Id = IndicatorId(sheet.Id),
            Name = i.Name,
            MeasureId = sheet.Id,
            Unit = i.Unit,
            Direction = i.Direction,
            Targets = targets,
            Notes = [new Note($"目標設定の考え方・根拠：{i.Basis}", null), .. i.Notes.Select(n => new Note(n, null))],
            Curation = sheet.Decisions.Where(d => d.Field.StartsWith("indicator", StringComparison.Ordinal)).Select(d => d.Reason).ToArray(),
            SourceLine = i.Line,
        };
    }

    private static string FieldLabel(string field) => field switch
    {
        "h30" => "平成30年度の経費",
        "r1" => "令和元年度の経費",
        "rank" => "実施計画ランク",
        "period" => "期間",
        "activities" => "活動実績",
        "overspend" => "決算額と予算現額",
        "improved" => "改善した点・課題",
        "sdg" => "SDGsへの貢献",
        "sdg_goals" => "SDGsの目標",
        "other_staff" => "その他職員",
        _ => field,
    };

    private static Review Review2018(IReadOnlyList<Sheet> sheets) => new()
    {
        FiscalYear = H30,
        Source = new SourceDocument("", null, null, null,
            "平成30年度の予算・決算・人員と成果指標の実績は、令和元年度の事務事業評価シートに前年度の値として載っているものです。"),
        Measures = sheets.ToDictionary(s => s.Id, s => new MeasureReview(s.Id, null, []) { Cost = s.H30 }),
        Indicators = Results(sheets, 2018, s => s.Indicator.H30Actual),
    };

    private Review Review2019(IReadOnlyList<Sheet> sheets, IReadOnlyDictionary<string, SdgContribution?> sdgs) => new()
    {
        FiscalYear = R1,
        Measures = sheets.ToDictionary(s => s.Id, s => new MeasureReview(s.Id, Grade(s), Commentary(s))
        {
            Evaluator = s.Evaluator,
            Cost = s.R1,
            Activities = s.Activities.Select(a => a.Activity).ToArray(),
            TargetStatus = s.TargetStatus,
            Sdgs = sdgs[s.Id],
        }),
        Indicators = Results(sheets, 2019, s => s.Indicator.R1Actual),
    };

    /// <summary>The year's actuals; a year whose target or actual is undeterminable says so in its row.</summary>
    private static Dictionary<string, IndicatorResult> Results(IReadOnlyList<Sheet> sheets, int year, Func<Sheet, Value?> actual) =>
        sheets.Where(s => actual(s) is not null || s.Indicator.UndeterminedNote(year) is not null)
            .ToDictionary(s => IndicatorId(s.Id), s => new IndicatorResult(IndicatorId(s.Id), actual(s), null, s.Indicator.UndeterminedNote(year)));

    private Grade Grade(Sheet sheet)
    {
        var spec = _curation.Grades.Single(g => g.Printed == sheet.GradePrinted);
        return _grades.Find(spec.Key)!;
    }

    private static IReadOnlyList<Commentary> Commentary(Sheet sheet)
    {
        var list = new List<Commentary> { new("評価理由", sheet.Reason) };
        if (sheet.Shortfall is not null)
            list.Add(new Commentary("R1目標値が未達成の理由・分析", sheet.Shortfall));
        if (sheet.Improved is not null)
            list.Add(new Commentary("R1年度に改善した点", sheet.Improved));
        if (sheet.Issues is not null)
            list.Add(new Commentary("事業達成に向けての現在の課題及び今後の課題解決に向けた取り組み", sheet.Issues));
        list.Add(new Commentary("SDGsへの貢献：どのように貢献したか", sheet.SdgHow));
        return list;
    }
}
