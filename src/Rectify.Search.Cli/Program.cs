using Rectify.Search.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
return CliApp.Run(args, Console.Out, Console.Error, interactive);
