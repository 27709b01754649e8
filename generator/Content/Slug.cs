using System.Text.RegularExpressions;

namespace PlanSite.Content;

/// <summary>Ids become URL path segments and file names, so only a narrow, portable alphabet is allowed.</summary>
public static partial class Slug
{
    public const string Rule = "1–64 characters of a-z, 0-9, '-', '_', '.', starting and ending with a letter or digit, no '..'";

    public static bool IsSafe(string? id) =>
        id is not null && id.Length <= 64 && SafePattern().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")]
    private static partial Regex SafePattern();
}
