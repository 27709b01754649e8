namespace PlanSite.Content.Loading;

/// <summary>Collects every error of a load so the user sees all of them at once.</summary>
public sealed class ErrorSink
{
    private readonly List<ContentError> _errors = new();

    public IReadOnlyList<ContentError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(ContentError error) => _errors.Add(error);
}
