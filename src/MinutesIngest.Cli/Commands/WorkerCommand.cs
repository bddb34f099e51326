using System.CommandLine;
using MinutesIngest.Ingest.Workers;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes worker</c> (hidden): the extraction worker the ingest starts; requests on stdin, answers on stdout.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var parent = new Option<int?>("--parent") { Description = "process id of the ingest; the worker exits when it is gone" };
        // Limits, OCR options and whether to suggest actions arrive in the protocol's handshake, not as flags.
        var cmd = new Command("worker", "Extraction worker started by ingest (speaks a binary protocol on stdin/stdout)") { parent };
        cmd.Hidden = true;
        cmd.SetAction(parse =>
        {
            // Ctrl-C in a terminal reaches the whole process group: the ingest decides what stops (it kills the workers
            // it abandons), and a worker dying on its own would be taken for a crash of its document.
            using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => c.Cancel = true);
            var output = Console.OpenStandardOutput();
            // stdout carries the protocol: anything a library prints must go to stderr instead.
            Console.SetOut(Console.Error);
            return ExtractionWorker.Run(Console.OpenStandardInput(), output, parse.GetValue(parent), () => Suggestions.Classifier, LineRoles.Advisor);
        });
        return cmd;
    }
}
