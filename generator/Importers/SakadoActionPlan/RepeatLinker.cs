using System.Text;
using System.Text.RegularExpressions;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>A 再掲 row and the row it repeats.</summary>
public sealed record RepeatLink(IndicatorRow Repeat, IndicatorRow Original);

/// <summary>
/// Five indicator rows are printed again under another item with 「(再掲)」 or 「（再掲）」 after the name.
/// They are the same series, not new ones: each is linked to the row with the same name (compared after
/// NFKC, so half- and full-width punctuation match) and its values must be identical.
/// </summary>
public static partial class RepeatLinker
{
    public static bool IsRepeat(string name) => RepeatMarker().IsMatch(name);

    /// <summary>The name used for matching only; pages keep the printed name.</summary>
    public static string MatchKey(string name) =>
        RepeatMarker().Replace(name.Normalize(NormalizationForm.FormKC), "").Trim();

    public static IReadOnlyList<RepeatLink> Link(IEnumerable<IndicatorRow> rows, ICollection<ImportWarning> warnings)
    {
        var all = rows.ToArray();
        var originals = all.Where(r => !IsRepeat(r.Name)).ToLookup(r => MatchKey(r.Name));
        var links = new List<RepeatLink>();
        foreach (var repeat in all.Where(r => IsRepeat(r.Name)))
        {
            var candidates = originals[MatchKey(repeat.Name)].ToArray();
            if (candidates.Length != 1)
            {
                warnings.Add(new ImportWarning(repeat.Line,
                    $"再掲 row 「{repeat.Name}」 matches {candidates.Length} indicator rows by name; it needs exactly one original"));
                continue;
            }
            var original = candidates[0];
            var a = repeat.Cells;
            var b = original.Cells;
            if ((a.Baseline, a.Target, a.Current) != (b.Baseline, b.Target, b.Current))
                warnings.Add(new ImportWarning(repeat.Line,
                    $"再掲 row 「{repeat.Name}」 prints {a.Baseline} / {a.Target} / {a.Current} but its original (line {original.Line}) prints {b.Baseline} / {b.Target} / {b.Current}"));
            links.Add(new RepeatLink(repeat, original));
        }
        return links;
    }

    [GeneratedRegex(@"[(（]再掲[)）]$")]
    private static partial Regex RepeatMarker();
}
