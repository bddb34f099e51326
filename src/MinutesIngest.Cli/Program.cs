using System.CommandLine;
using MinutesIngest.Cli.Commands;

var root = new RootCommand("minutes: turn published meeting minutes into structured, searchable data");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(BlocksCommand.Create());
root.Subcommands.Add(TriageCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ReparseCommand.Create());
root.Subcommands.Add(DbSummaryCommand.Create());
root.Subcommands.Add(BodiesCommand.Create());
root.Subcommands.Add(SuggestCommand.Create());
root.Subcommands.Add(LineRolesCommand.Create());
root.Subcommands.Add(TopicsCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(TrendCommand.Create());
root.Subcommands.Add(ActionsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(FailuresCommand.Create());
root.Subcommands.Add(ForgetCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(WorkCommand.Create());
root.Subcommands.Add(QueueCommand.Create());
// An interrupted ingest records its run before it exits; System.CommandLine's default 2 s grace is too short under load.
return root.Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
