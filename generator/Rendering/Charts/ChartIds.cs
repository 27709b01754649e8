using System.Text.RegularExpressions;

namespace PlanSite.Rendering.Charts;

/// <summary>The ids a chart declares, derived from the caller's prefix.</summary>
internal static partial class ChartIds
{
    public static string Title(string prefix) => prefix + "-title";

    public static string Desc(string prefix) => prefix + "-desc";

    /// <summary>Rejects prefixes that would not make valid, space-free ids (aria-labelledby is a list of ids).</summary>
    public static void Validate(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (!PrefixPattern().IsMatch(prefix))
            throw new ArgumentException(
                $"Chart id prefix '{prefix}' must start with a letter or '_' and contain only letters, digits, '-', '_' or '.'.",
                nameof(prefix));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex PrefixPattern();
}
