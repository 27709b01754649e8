using PlanSite.Model;

namespace PlanSite.Reviews.Diff;

/// <summary>Finds the two reviews to compare, or says plainly which year cannot be compared and why.</summary>
public static class ReviewSelection
{
    public static (Review? From, Review? To, IReadOnlyList<string> Errors) Find(Plan plan, string reviewsDir, FiscalYear from, FiscalYear to)
    {
        var errors = new List<string>();
        if (from == to)
            errors.Add($"both years are {from}: give two different fiscal years to compare");
        var a = One(plan, reviewsDir, from, errors);
        var b = from == to ? a : One(plan, reviewsDir, to, errors);
        return errors.Count > 0 ? (null, null, errors) : (a, b, errors);
    }

    private static Review? One(Plan plan, string reviewsDir, FiscalYear year, List<string> errors)
    {
        if (!plan.Period.Contains(year))
        {
            errors.Add($"fiscal year {year} is outside the plan period of '{plan.Id}': {plan.Period.From}–{plan.Period.To} ({plan.Period.Display})");
            return null;
        }
        var review = plan.Reviews.FirstOrDefault(r => r.FiscalYear == year);
        if (review is null)
            errors.Add($"no review for fiscal year {year} ({year.EraName}) of '{plan.Id}': {Path.Combine(reviewsDir, $"{year}.yaml")} does not exist; " +
                       (plan.Reviews.Count == 0 ? "the plan has no reviews yet" : $"reviews exist for: {string.Join(", ", plan.Reviews.Select(r => r.FiscalYear))}"));
        return review;
    }
}
