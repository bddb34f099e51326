using MinutesIngest.HostileCorpus;

// Usage: MinutesIngest.HostileCorpus FOLDER — writes the hostile corpus and its manifest (.expected.tsv) there.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MinutesIngest.HostileCorpus FOLDER");
    return 2;
}
var files = HostileCorpusWriter.Write(args[0]);
Console.Out.WriteLine($"{files.Count} hostile files in {Path.GetFullPath(args[0])}");
return 0;
