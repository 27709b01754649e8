using PlanSite.Model;

namespace PlanSite.Reviews.Diff;

/// <summary>Compares two fiscal reviews of one plan, so staff can check what their input changed.</summary>
public static class ReviewDiff
{
    public static ReviewComparison Compare(Plan plan, Review from, Review to)
    {
        var indicatorGrades = new List<GradeChange>();
        var worse = new List<ActualDecline>();
        var actuals = new List<ActualPresence>();
        int indicatorsCompared = 0;
        foreach (var indicator in plan.AllIndicators)
        {
            var a = from.Indicators.GetValueOrDefault(indicator.Id);
            var b = to.Indicators.GetValueOrDefault(indicator.Id);
            if (a is null && b is null) continue;
            indicatorsCompared++;
            if (Move(plan.Grades, a?.Grade, b?.Grade) is { } move)
                indicatorGrades.Add(new GradeChange(indicator.Id, indicator.Name, a?.Grade, b?.Grade, move));
            if (Decline(indicator, a?.Actual, b?.Actual) is { } decline)
                worse.Add(decline);
            if (PresenceOf(a, b) is { } presence)
                actuals.Add(new ActualPresence(indicator.Id, indicator.Name, indicator.Unit, a?.Actual, b?.Actual, presence));
        }

        var measureGrades = new List<GradeChange>();
        var entries = new List<MeasureEntry>();
        int measuresCompared = 0;
        foreach (var measure in plan.AllMeasures)
        {
            var a = from.Measures.GetValueOrDefault(measure.Id);
            var b = to.Measures.GetValueOrDefault(measure.Id);
            if (a is null && b is null) continue;
            measuresCompared++;
            if (Move(plan.Grades, a?.Grade, b?.Grade) is { } move)
                measureGrades.Add(new GradeChange(measure.Id, measure.Title, a?.Grade, b?.Grade, move));
            if (a is null || b is null)
                entries.Add(new MeasureEntry(measure.Id, plan.LevelName(measure.Depth), measure.Title, Added: a is null));
        }

        return new ReviewComparison
        {
            PlanId = plan.Id,
            PlanTitle = plan.Title,
            From = from.FiscalYear,
            To = to.FiscalYear,
            IndicatorGrades = indicatorGrades,
            WorseActuals = worse,
            Actuals = actuals,
            MeasureGrades = measureGrades,
            Measures = entries,
            IndicatorsCompared = indicatorsCompared,
            MeasuresCompared = measuresCompared,
        };
    }

    /// <summary>The scale lists grades best first; a grade of tone None (「-」 評価対象外) is not ranked against the others.</summary>
    private static GradeMove? Move(GradeScale scale, Grade? from, Grade? to)
    {
        if (from?.Key == to?.Key) return null;
        if (from is null) return GradeMove.Given;
        if (to is null) return GradeMove.Withdrawn;
        int a = Rank(scale, from), b = Rank(scale, to);
        if (a < 0 || b < 0) return GradeMove.Changed;
        return b < a ? GradeMove.Better : GradeMove.Worse;
    }

    private static int Rank(GradeScale scale, Grade grade) =>
        grade.Tone == GradeTone.None ? -1 : scale.Grades.ToList().FindIndex(g => g.Key == grade.Key);

    /// <summary>Only numbers in the same unit are compared, and only for indicators with a direction (増加・減少):
    /// for 維持 or 定性 indicators, or a value stated in another unit, "worse" would be a guess.</summary>
    private static ActualDecline? Decline(Indicator indicator, Value? from, Value? to)
    {
        if (from?.Number is not { } a || to?.Number is not { } b) return null;
        if ((from.Unit ?? indicator.Unit) != (to.Unit ?? indicator.Unit)) return null;
        bool worse = indicator.Direction switch
        {
            Direction.Increase => b < a,
            Direction.Decrease => b > a,
            _ => false,
        };
        return worse ? new ActualDecline(indicator.Id, indicator.Name, indicator.Direction, to.Unit ?? indicator.Unit, from, to) : null;
    }

    private static Presence? PresenceOf(IndicatorResult? from, IndicatorResult? to)
    {
        if (from?.Actual is null && to?.Actual is not null) return Presence.New;
        if (from?.Actual is not null && to?.Actual is null) return to is null ? Presence.Removed : Presence.Missing;
        return null;
    }
}
