namespace PlanSite.Content;

/// <summary>A problem in the user's content, precise enough to fix without reading our code.</summary>
public sealed record ContentError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}

/// <summary>Thrown when content cannot be loaded; carries every error found, not only the first.</summary>
public sealed class ContentException(IReadOnlyList<ContentError> errors)
    : Exception($"{errors.Count} content error(s); first: {errors.FirstOrDefault()}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
