using Sakip.LoadDriver;

// Two steps, so the script can start the web app in between and stop it whatever happens:
//   prepare --postgres CS --database NAME [--pemda 500] [--agencies 40] [--years 2023,2024]
//   run --postgres CS --url http://127.0.0.1:PORT [--users 50] [--seconds 30] [--warmup 5] [--year 2024] [--scenarios ABCDE]
//       [--app-pid PID --postgres-pid PID]   (CPU per request, read from /proc)
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var options = Options.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "prepare" => await PrepareCommand.RunAsync(options, stop.Token),
    "run" => await RunCommand.RunAsync(options, stop.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Sakip.LoadDriver prepare --postgres CS --database NAME [--pemda N] [--agencies N] [--years Y1,Y2]");
    Console.Error.WriteLine("       Sakip.LoadDriver run --postgres CS --url URL [--users N] [--seconds N] [--warmup N] [--year Y] [--scenarios ABCDE]");
    return 2;
}
