using System.CommandLine;
using MinutesIngest.Cli.Commands;

var root = new RootCommand("minutes: turn published meeting minutes into structured, searchable data");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(BlocksCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ReparseCommand.Create());
root.Subcommands.Add(DbSummaryCommand.Create());
root.Subcommands.Add(SuggestCommand.Create());
root.Subcommands.Add(TopicsCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
return root.Parse(args).Invoke();
