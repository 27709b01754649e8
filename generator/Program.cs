return PlanSite.Cli.PlanSiteCommand.Run(args);
