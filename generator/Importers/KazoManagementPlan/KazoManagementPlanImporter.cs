using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// 第３次加須市行政経営プラン（令和３年度～令和７年度）: narrative chapters, then 2 視点 → 5 基本目標 →
/// 17 施策 → 52 取組項目群 → 134 取組項目 with 155 indicator rows (baseline 令和元年度, targets R3–R7).
/// The import checks chapter 3 against the document's own tree table and printed counts, and stops
/// with the list of differences when they disagree. The plan has no reviews: it states targets only.
/// </summary>
public sealed partial class KazoManagementPlanImporter : ISourceImporter
{
    public string Name => "kazo-management-plan";

    public string SeedFileName => "003_091ff612ad8d19b4.txt";

    public ImportResult Import(string seedPath, string curationPath) =>
        Import(KazoText.Read(seedPath), KazoCuration.Load(curationPath));

    public ImportResult Import(IReadOnlyList<KazoLine> lines, KazoCuration curation)
    {
        var warnings = new List<ImportWarning>();
        var tree = ChapterThreeReader.Read(lines, curation);
        TreeTableCheck.Check(TreeTableReader.Read(lines), tree);
        CountCheck.Check(lines, tree);
        var period = Period(lines);

        var plan = new Plan
        {
            Id = curation.PlanId,
            Municipality = curation.Municipality,
            Title = Title(lines),
            Period = period,
            Source = new SourceDocument(curation.Source.Title, SeedFileName, curation.Source.Publisher, curation.Source.Url, curation.Source.Note),
            LevelNames = curation.LevelNames,
            Grades = GradeScale.Empty,
            Summary = curation.Summary,
            Chapters = NarrativeReader.Read(lines),
            Measures = PlanBuilder.Build(tree, ViewpointTextReader.Read(lines), period, curation, warnings),
        };
        warnings.AddRange(curation.UnusedEntries().Select(entry => new ImportWarning(0, $"curation entry matches nothing in the seed: {entry}")));
        return new ImportResult(plan, warnings);
    }

    /// <summary>「…を掲げた「第３次加須市行政経営プラン」（以下「第３次行政経営プラン」という。）を策定し」 (第２章第１節).</summary>
    private static string Title(IReadOnlyList<KazoLine> lines)
    {
        var m = TitleSentence().Match(string.Concat(lines.Select(l => l.Text)));
        return m.Success ? m.Groups[1].Value : throw new InvalidDataException("the seed never names the plan 「…」（以下「…」という。）を策定し、推進する");
    }

    /// <summary>「計画期間を令和３年度から令和７年度までの５年間とします」 (第２章第３節); 令和n年度 starts in 2018+n.</summary>
    private static FiscalYearRange Period(IReadOnlyList<KazoLine> lines)
    {
        var m = PeriodSentence().Match(string.Concat(lines.Select(l => l.Text)));
        if (!m.Success) throw new InvalidDataException("the seed states no 計画期間を令和n年度から令和m年度まで");
        return new FiscalYearRange(new FiscalYear(2018 + KazoText.ParseNumber(m.Groups[1].Value)), new FiscalYear(2018 + KazoText.ParseNumber(m.Groups[2].Value)));
    }

    [GeneratedRegex(@"「([^「」]+)」（以下「[^「」]+」という。）を策定し、推進する")]
    private static partial Regex TitleSentence();

    [GeneratedRegex(@"計画期間を令和([０-９0-9]+)年度から令和([０-９0-9]+)年度まで")]
    private static partial Regex PeriodSentence();
}
