using System.Globalization;

namespace PlanSite.Bench.Generation;

/// <summary>Baselines, targets and actuals of a synthetic indicator, as YAML scalars.</summary>
public static class Values
{
    public static string Baseline(SyntheticIndicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Word => YamlText.Quote(Vocabulary.StatusWords[0]),
        _ => Number(indicator, indicator.Baseline),
    };

    public static string Target(SyntheticIndicator indicator, int yearIndex) => indicator.Kind switch
    {
        IndicatorKind.Word => YamlText.Quote(Vocabulary.StatusWords[Math.Min(yearIndex + 1, Vocabulary.StatusWords.Length - 1)]),
        _ => Number(indicator, TargetNumber(indicator, yearIndex)),
    };

    public static int TargetNumber(SyntheticIndicator indicator, int yearIndex) => indicator.Kind switch
    {
        IndicatorKind.Decrease => Math.Max(0, indicator.Baseline - indicator.Step * (yearIndex + 1)),
        IndicatorKind.Percent => Math.Min(1000, indicator.Baseline + indicator.Step * (yearIndex + 1)),
        _ => indicator.Baseline + indicator.Step * (yearIndex + 1),
    };

    /// <summary>Percentages are stored ×10 so that they print with one decimal (45.3).</summary>
    public static string Number(SyntheticIndicator indicator, int value) => indicator.Kind == IndicatorKind.Percent
        ? (value / 10.0).ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);
}
