namespace PlanSite.Site;

internal static class Parallelism
{
    /// <summary>Parallel.ForEach on one worker per core, rethrowing the first failure as itself so callers see the TemplateException they expect.</summary>
    public static void InParallel<T>(IEnumerable<T> items, Action<T> body)
    {
        try
        {
            Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
