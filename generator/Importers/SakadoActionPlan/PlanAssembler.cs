using System.Globalization;
using PlanSite.Content;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// Maps the read document onto the model: 基本方針 → depth 0, 取組項目 → depth 1 with its indicators, and
/// one review for the year of the 現状値 column with each item's grade and the two commentary columns.
/// It also checks the document against itself (grade tally, legend, header) and against the curation.
/// </summary>
public sealed class PlanAssembler
{
    // Policies are labelled ア, イ, ウ …; their ids follow the gojūon order so they stay fixed whatever
    // else changes, and never collide with the items, whose ids are their printed numbers.
    private const string Gojuon = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

    private readonly SakadoCuration _curation;
    private readonly ValueParser _values;

    public PlanAssembler(SakadoCuration curation, ValueParser values)
    {
        _curation = curation;
        _values = values;
    }

    public static string PolicyId(string label) => "policy-" + (Gojuon.IndexOf(label, StringComparison.Ordinal) + 1).ToString(CultureInfo.InvariantCulture);

    public static string ItemId(int no) => no.ToString(CultureInfo.InvariantCulture);

    /// <summary>Position counts 再掲 rows too, so an id names the printed row and never shifts.</summary>
    public static string IndicatorId(int no, int position) => $"{ItemId(no)}-{position.ToString(CultureInfo.InvariantCulture)}";

    public Plan Assemble(SakadoDocument document, string seedFileName, ICollection<ImportWarning> warnings)
    {
        var title = document.Title ?? throw new InvalidDataException("the seed has no title line; nothing to import");
        var columns = document.Header?.Values ?? throw new InvalidDataException("the seed has no indicator header with dates; nothing to import");
        var header = document.Header;
        var period = title.Period ?? throw new InvalidDataException($"line {title.Line}: period 「{title.PeriodText}」 does not read as two fiscal years");
        var reviewYear = columns.CurrentYear ?? throw new InvalidDataException($"line {header.Line}: 「{columns.CurrentLabel}」 is not a fiscal year end");
        if (columns.TargetYear is null || columns.BaselineYear is null)
            throw new InvalidDataException($"line {header.Line}: 「{columns.BaselineLabel}」/「{columns.TargetLabel}」 are not fiscal year ends");

        CheckHeader(header, reviewYear, warnings);
        CheckLegend(document, warnings);
        CheckTally(document, warnings);
        CheckCarriedPolicies(document, warnings);
        if (!Slug.IsSafe(_curation.PlanId))
            warnings.Add(new ImportWarning(0, $"curated plan id '{_curation.PlanId}' is not a safe id: {Slug.Rule}"));

        var links = RepeatLinker.Link(document.IndicatorRows, warnings);
        var repeatOf = links.ToDictionary(l => l.Repeat, l => l.Original);
        var nextYear = EraYear.FiscalYearsIn(header.Column('H')).Cast<FiscalYear?>().FirstOrDefault();
        if (nextYear is null)
            warnings.Add(new ImportWarning(header.Line, $"column H 「{header.Column('H')}」 names no fiscal year; the next year's goals are not placed"));

        var builder = new IndicatorBuilder(_values, _curation, columns, period);
        var grades = _curation.GradeScale;
        var measureReviews = new Dictionary<string, MeasureReview>();
        var results = new Dictionary<string, IndicatorResult>();
        var itemsByPolicy = new Dictionary<PolicyRow, List<Measure>>();

        foreach (var item in document.Items)
        {
            string itemId = ItemId(item.No);
            var indicators = new List<Indicator>();
            var notes = new List<Note>();
            foreach (var row in item.Indicators)
            {
                if (repeatOf.TryGetValue(row, out var original))
                {
                    // The printed row keeps its own id so its number still resolves; its series is the original's.
                    indicators.Add(new Indicator
                    {
                        Id = IndicatorId(item.No, row.Position),
                        Name = row.Name,
                        MeasureId = itemId,
                        RepeatOf = IndicatorId(original.ItemNo, original.Position),
                        SourceLine = row.Line,
                    });
                    continue;
                }
                var built = builder.Build(row, IndicatorId(item.No, row.Position), itemId, warnings);
                indicators.Add(built.Indicator);
                results.Add(built.Indicator.Id, new IndicatorResult(built.Indicator.Id, built.Actual, null, null));
            }

            var measure = new Measure
            {
                Id = itemId,
                Code = item.No.ToString(CultureInfo.InvariantCulture),
                Title = item.Title,
                Depth = 1,
                ParentId = PolicyId(item.Policy.Label),
                Owners = item.Departments.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Content = [item.PolicyAndContent],
                ContentHeading = header.Column('C'),
                AnnualPlans = nextYear is { } year ? [new AnnualPlan(year, [item.NextGoal], [])] : [],
                Notes = notes,
                SourceLine = item.Line,
                Indicators = indicators,
            };
            if (!itemsByPolicy.TryGetValue(item.Policy, out var list))
                itemsByPolicy[item.Policy] = list = new List<Measure>();
            list.Add(measure);

            measureReviews.Add(itemId, new MeasureReview(itemId, grades.Find(item.Grade),
            [
                new Commentary(header.Column('D'), item.Results),
                new Commentary(header.Column('G'), item.Opinion),
            ]));
        }

        var policies = document.Policies.Select(p => new Measure
        {
            Id = PolicyId(p.Label),
            Code = p.Label,
            Title = p.Title,
            Depth = 0,
            SourceLine = p.Line,
            Children = itemsByPolicy.TryGetValue(p, out var children) ? children : [],
        }).ToArray();

        return new Plan
        {
            Id = _curation.PlanId,
            Municipality = _curation.Municipality,
            Title = title.PlanTitle,
            TitleNote = _curation.TitleNote,
            Period = period,
            AsOf = title.AsOf,
            Source = new SourceDocument(title.Text, seedFileName, _curation.Source.Publisher, _curation.Source.Url, _curation.Source.Note),
            LevelNames = _curation.LevelNames,
            Grades = grades,
            StatusWords = _curation.StatusWords,
            Summary = _curation.Summary,
            Narrative = _curation.Narrative,
            Notes = document.Notes,
            Measures = policies,
            Reviews =
            [
                new Review { FiscalYear = reviewYear, Measures = measureReviews, Indicators = results },
            ],
        };
    }

    private void CheckHeader(TableHeader header, FiscalYear reviewYear, ICollection<ImportWarning> warnings)
    {
        var printed = new[] { header.TopLevel, header.Column('A') };
        if (!printed.SequenceEqual(_curation.LevelNames))
            warnings.Add(new ImportWarning(header.Line,
                $"curated levels [{string.Join(", ", _curation.LevelNames)}] differ from the header's [{string.Join(", ", printed)}]"));
        foreach (char letter in "ABCDEFGH")
            if (header.Column(letter).Length == 0)
                warnings.Add(new ImportWarning(header.Line, $"the header has no column ({letter})"));
        var resultsYear = EraYear.FiscalYearsIn(header.Column('D')).Cast<FiscalYear?>().FirstOrDefault();
        if (resultsYear != reviewYear)
            warnings.Add(new ImportWarning(header.Line, $"column D 「{header.Column('D')}」 is not about {reviewYear.EraName}, the year of the 現状値 column"));
    }

    private void CheckLegend(SakadoDocument document, ICollection<ImportWarning> warnings)
    {
        var printed = document.Legend.Select(p => (p.Key, p.Value)).ToArray();
        var curated = _curation.GradeScale.Grades.Select(g => (g.Key, g.Label)).ToArray();
        if (!printed.SequenceEqual(curated))
            warnings.Add(new ImportWarning(0,
                $"curated grades {string.Join(" ", curated.Select(g => $"{g.Key} {g.Label}"))} differ from the printed legend {string.Join(" ", printed.Select(g => $"{g.Key} {g.Value}"))}"));
    }

    /// <summary>The document prints its own tally; a different count means a lost or misread row.</summary>
    private static void CheckTally(SakadoDocument document, ICollection<ImportWarning> warnings)
    {
        if (document.Summary is not { } summary)
        {
            warnings.Add(new ImportWarning(0, "no grade tally line (本部会評価 …) found; the grades cannot be cross-checked"));
            return;
        }
        var counted = document.Legend.Select(p => document.Items.Count(i => i.Grade == p.Key)).ToArray();
        if (!counted.SequenceEqual(summary.Counts))
            warnings.Add(new ImportWarning(summary.Line,
                $"the document's tally {string.Join(" ", summary.Counts)} differs from the grades read, {string.Join(" ", counted)} (in legend order)"));
    }

    private void CheckCarriedPolicies(SakadoDocument document, ICollection<ImportWarning> warnings)
    {
        ItemRow? previous = null;
        foreach (var item in document.Items)
        {
            if (item.PolicyCarriedAcrossPage && previous?.Page != item.Page)
            {
                var entry = _curation.CarriedPolicy(item.No);
                if (entry is null)
                    warnings.Add(new ImportWarning(item.Line,
                        $"item No. {item.No} opens page {item.Page} with an empty 基本方針 cell; it was given ({item.Policy.Label}) from line {item.Policy.Line}: confirm in carried_policies"));
                else if (entry.Policy != item.Policy.Label)
                    warnings.Add(new ImportWarning(item.Line,
                        $"item No. {item.No}: curation says 基本方針 ({entry.Policy}) but the carried label is ({item.Policy.Label})"));
            }
            previous = item;
        }
    }
}
