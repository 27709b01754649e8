using System.Globalization;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Reviews.Diff;

/// <summary>The Japanese words every change report format uses, so the terminal, CSV and JSON say the same thing.</summary>
public static class DiffWords
{
    public const string IndicatorGrades = "評価が変わった指標";
    public const string WorseActuals = "実績が悪化した指標（指標の向きに対して）";
    public const string Actuals = "実績が片方の年度にだけある指標";
    public const string MeasureGrades = "評価が変わった施策";
    public const string Measures = "片方の年度にだけある施策";
    public const string None = "なし";

    public static string Move(GradeMove move) => move switch
    {
        GradeMove.Better => "上がった",
        GradeMove.Worse => "下がった",
        GradeMove.Changed => "変わった",
        GradeMove.Given => "評価が付いた",
        _ => "評価がなくなった",
    };

    public static string Change(Presence presence) => presence switch
    {
        Presence.New => "新たに実績",
        Presence.Missing => "実績なし",
        _ => "記載なし",
    };

    public static string Entry(bool added) => added ? "追加" : "削除";

    public static string Grade(Grade? grade) => grade is null ? "評価なし" : $"{grade.Key}（{grade.Label}）";

    /// <summary>The value as pages show it; a bare number gets the indicator's unit so 4,851 reads as 4,851時間.</summary>
    public static string Value(Value? value, string? unit) =>
        value is null ? None
        : value.IsNumber && value.Unit is null && unit is not null && !value.Raw.Contains(unit, StringComparison.Ordinal) ? value.Display + unit
        : Display.Value(value)!;

    public static string Signed(decimal number) =>
        (number > 0 ? "+" : "") + number.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>The difference between two percentages is in points (ポイント), so it cannot be mistaken for the rate of change beside it.</summary>
    public static string Difference(decimal difference, string? unit) =>
        Signed(difference) + (unit is "%" or "％" ? "ポイント" : unit);

    public static string Percent(decimal? percent) =>
        percent is { } p ? Signed(p) + "%" : "";

    public static string Direction(Direction direction) => Display.Direction(direction);
}
