using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>How a value reads in chart labels and text alternatives. The source's wording is kept.</summary>
public static class ValueText
{
    /// <summary>
    /// The value with its unit and qualifiers, for sentences: "14.5時間", "約700,000千円以上（累計）",
    /// "実現". The unit is the value's own unit or else the indicator's; it is not repeated when the source
    /// text already carries it.
    /// </summary>
    public static string Format(Value value, string? indicatorUnit)
    {
        ArgumentNullException.ThrowIfNull(value);
        string text = value.Display;
        if (value.IsNumber)
        {
            if (value.Approximate && !text.Contains('約'))
                text = "約" + text;
            string? unit = value.Unit ?? indicatorUnit;
            if (!string.IsNullOrEmpty(unit) && !text.Contains(unit, StringComparison.Ordinal))
                text += unit;
            if (value.Bound == ValueBound.AtLeast && !text.Contains("以上", StringComparison.Ordinal))
                text += "以上";
            if (value.Bound == ValueBound.AtMost && !text.Contains("以下", StringComparison.Ordinal))
                text += "以下";
            if (value.Bound == ValueBound.Below && !text.Contains("未満", StringComparison.Ordinal))
                text += "未満";
        }
        if (!string.IsNullOrEmpty(value.Note) && !text.Contains(value.Note, StringComparison.Ordinal))
            text += $"（{value.Note}）";
        return text;
    }

    /// <summary>Short label drawn beside a bar or in a cell: the number as the source wrote it (or with
    /// thousands separators), 約 kept; words as written.</summary>
    public static string Short(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Number is not { } number)
            return value.Raw;
        string text = Value.TryParseNumber(value.Raw, out _)
            ? value.Display
            : number.ToString("#,0.############", CultureInfo.InvariantCulture);
        return value.Approximate ? "約" + text : text;
    }

    /// <summary>Whether a value can be drawn on the indicator's value axis: a number in the indicator's unit.
    /// Numbers in another unit (a value-level unit that differs) are shown as text instead of being mixed
    /// into one scale.</summary>
    public static bool IsPlottable(Value? value, Indicator indicator) =>
        value is { IsNumber: true }
        && (string.IsNullOrEmpty(value.Unit) || value.Unit == indicator.Unit);
}
