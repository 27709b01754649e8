namespace PlanSite.Content;

/// <summary>
/// A department name (an owner of measures) becomes, as printed, the path segment of its page:
/// percent-encoded in URLs and as-is in the file name. So it may not hold what would change the
/// path: a slash, a backslash, a control character, or a leading or trailing dot or space (".."
/// and names that Windows would trim). Characters such as &lt; or ? are allowed: they are
/// escaped in HTML and encoded in URLs like any other.
/// </summary>
public static class DepartmentName
{
    public const string Rule = "1–64 characters, no '/', '\\' or control characters, not starting or ending with a space or '.'";

    private const string Forbidden = "/\\";

    public static bool IsSafe(string? name) =>
        name is { Length: > 0 and <= 64 }
        && !name.Any(c => char.IsControl(c) || Forbidden.Contains(c))
        && !char.IsWhiteSpace(name[0]) && !char.IsWhiteSpace(name[^1])
        && name[0] != '.' && name[^1] != '.';
}
