using BenchmarkDotNet.Running;

namespace ReadinessBoard.Benchmarks;

// A class of its own, not top-level statements: the app's public Program would clash with a global one.
public static class Program
{
    public static void Main(string[] args)
    {
        // "checklist [items]" prints the generated text, to read what the benchmarks measure.
        if (args is ["checklist", ..])
        {
            var items = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ChecklistGenerator.DefaultItems;
            Console.Out.Write(ChecklistGenerator.Generate(items).Markdown);
            return;
        }

        // "overview-times [runs]": wall and CPU time of each Overview render, for a machine too busy for steady wall times.
        if (args is ["overview-times", ..])
        {
            var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
            RenderOverview.PrintTimes(runs);
            return;
        }

        // "export-cpu [rounds]": the export benchmarks timed by processor time, for a machine too loaded for wall time.
        if (args is ["export-cpu", ..])
        {
            ExportWorkbook.MeasureProcessorTime(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, InProcessConfig.Create());
    }
}
