using System.Globalization;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// A value axis that always includes zero (bars start at 0, so bar lengths stay honest) and ends on a
/// "nice" step (1, 2, 2.5 or 5 × 10ⁿ). Computed in decimal so it is exact and deterministic.
/// </summary>
public sealed record AxisScale(decimal Min, decimal Max, decimal Step)
{
    private static readonly decimal[] NiceFactors = { 1m, 2m, 2.5m, 5m, 10m };

    /// <summary>Tick values from Min to Max inclusive, Step apart.</summary>
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (decimal t = Min; t <= Max; t += Step)
                ticks.Add(t);
            return ticks;
        }
    }

    /// <summary>Position of a value between Min (0) and Max (1).</summary>
    public decimal Fraction(decimal value) => (value - Min) / (Max - Min);

    /// <summary>Scale covering the values and zero with about targetTickCount intervals. When every value
    /// is a whole number (counts, 件, 人) the step is at least 1, so no tick reads 0.5件.</summary>
    public static AxisScale For(IEnumerable<decimal> values, int targetTickCount = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetTickCount, 1);
        decimal min = 0, max = 0;
        bool wholeNumbers = true;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            wholeNumbers &= v == Math.Truncate(v);
        }
        if (min == max) // no values, or all zero
            return new AxisScale(0, 1, 1);

        decimal step = NiceStep((max - min) / targetTickCount);
        if (wholeNumbers && step < 1)
            step = 1;
        decimal niceMin = Math.Floor(min / step) * step;
        decimal niceMax = Math.Ceiling(max / step) * step;
        return new AxisScale(niceMin, niceMax, step);
    }

    /// <summary>Tick label: thousands separators, no trailing zeros, invariant culture ("12,500", "2.5").</summary>
    public static string FormatTick(decimal value) =>
        (value == 0 ? 0m : value).ToString("#,0.############", CultureInfo.InvariantCulture);

    private static decimal NiceStep(decimal rough)
    {
        decimal magnitude = 1;
        while (magnitude * 10 <= rough)
            magnitude *= 10;
        while (magnitude > rough && magnitude > 0.0000000001m)
            magnitude /= 10;
        foreach (var factor in NiceFactors)
        {
            if (factor * magnitude >= rough)
                return factor * magnitude;
        }
        return 10 * magnitude;
    }
}
