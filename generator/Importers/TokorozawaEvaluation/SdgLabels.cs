using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// The printed pieces the page accounting counts: SDG goal labels ("１１．住み続 / けられるまち / づくりを",
/// wrapped over lines) and staff figures ("0.15 人"). Numbers are read from an NFKC copy; the label keeps
/// its printed form as raw.
/// </summary>
public static partial class SdgLabels
{
    /// <summary>Whether a seed line opens a goal label (a goal number and a full stop, in either width).</summary>
    public static bool StartsLabel(string line) => LabelStart().IsMatch(line.Trim().Normalize(NormalizationForm.FormKC));

    /// <summary>How many staff figures (n.nn 人) a seed line prints.</summary>
    public static int FteCount(string line) => Fte().Matches(line).Count;

    public static bool IsFte(string text) => Fte().Match(text.Trim()) is { Success: true } m && m.Length == text.Trim().Length;

    /// <summary>One printed goal label: the line it starts on, its goal number, the label after the number, and the whole label as printed.</summary>
    public sealed record PrintedLabel(int Line, int Goal, string Label, string Raw);

    /// <summary>Reads one goal label; the piece must cover the whole label (its number and every wrapped line).</summary>
    public static PrintedLabel Read(SeedText seed, string piece, string where)
    {
        var (raw, line) = seed.Text([piece], where);
        if (!StartsLabel(seed.Line(line)))
            throw new InvalidDataException($"{seed.FileName}:{line}: {where}: 「{seed.Line(line)}」 does not open an SDG goal label (「１１．…」)");
        var match = Label().Match(raw.Normalize(NormalizationForm.FormKC));
        if (!match.Success)
            throw new InvalidDataException($"{seed.FileName}:{line}: {where}: 「{raw}」 is not an SDG goal label");
        int goal = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (goal is < 1 or > 17)
            throw new InvalidDataException($"{seed.FileName}:{line}: {where}: goal {goal} in 「{raw}」 is not an SDG goal number (1–17)");
        // The label as printed, after the number and its full stop.
        return new PrintedLabel(line, goal, raw[(raw.IndexOfAny(['．', '.']) + 1)..], raw);
    }

    /// <summary>A label given to a sheet, as the model's goal.</summary>
    public static (int Line, SdgGoal Goal) Goal(SeedText seed, string piece, SdgKind kind, string where)
    {
        var label = Read(seed, piece, where);
        return (label.Line, new SdgGoal(label.Goal, label.Label, label.Raw, kind));
    }

    [GeneratedRegex(@"^\d{1,2}\.\D")]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.(?<label>.+)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"\d+\.\d{2} 人")]
    private static partial Regex Fte();
}
