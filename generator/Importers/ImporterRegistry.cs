namespace PlanSite.Importers;

/// <summary>Every importer PlanSite ships. Add a new source format here.</summary>
public static class ImporterRegistry
{
    public static IReadOnlyList<ISourceImporter> All { get; } = new ISourceImporter[]
    {
        new SaitamaDx.SaitamaDxImporter(),
        new SakadoActionPlan.SakadoActionPlanImporter(),
        new KazoManagementPlan.KazoManagementPlanImporter(),
        new SaitamaImplementationPlan.SaitamaImplementationPlanImporter(),
        new TokorozawaEvaluation.TokorozawaEvaluationImporter(),
    };

    /// <summary>By importer name ("saitama-dx") or by seed file name, with or without its folder.</summary>
    public static ISourceImporter? Find(string nameOrSeed)
    {
        string file = Path.GetFileName(nameOrSeed);
        return All.FirstOrDefault(i => i.Name == nameOrSeed || i.SeedFileName == file);
    }

    public static string CurationPathFor(string seedsDir, ISourceImporter importer) =>
        Path.Combine(seedsDir, "curation", Path.ChangeExtension(importer.SeedFileName, ".yaml"));
}
