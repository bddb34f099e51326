using System.CommandLine;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Storage.Ingest.Workers;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes worker</c> (hidden): the extraction worker the ingest starts; requests on stdin, answers on stdout.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var parent = new Option<int?>("--parent") { Description = "process id of the ingest; the worker exits when it is gone" };
        var maxFile = new Option<long?>("--max-file-bytes") { Description = "largest PDF or DOCX" };
        var maxText = new Option<long?>("--max-text-bytes") { Description = "largest text or HTML file" };
        var suggestions = new Option<bool>("--suggestions") { Description = "also find suggested actions (loads the ML model: about 100 MB more resident memory)" };
        var cmd = new Command("worker", "Extraction worker started by ingest (speaks a binary protocol on stdin/stdout)") { parent, maxFile, maxText, suggestions };
        cmd.Hidden = true;
        cmd.SetAction(parse =>
        {
            var defaults = new InputLimits();
            var limits = defaults with
            {
                MaxFileBytes = parse.GetValue(maxFile) ?? defaults.MaxFileBytes,
                MaxTextBytes = parse.GetValue(maxText) ?? defaults.MaxTextBytes,
            };
            var output = Console.OpenStandardOutput();
            // stdout carries the protocol: anything a library prints must go to stderr instead.
            Console.SetOut(Console.Error);
            return ExtractionWorker.Run(Console.OpenStandardInput(), output, limits, parse.GetValue(parent),
                parse.GetValue(suggestions) ? Suggestions.Classifier : null, LineRoles.Advisor);
        });
        return cmd;
    }
}
