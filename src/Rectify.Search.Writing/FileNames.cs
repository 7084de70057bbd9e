namespace Rectify.Search.Writing;

/// <summary>File names made from titles, for the files the project hands a user.</summary>
public static class FileNames
{
    /// <summary>
    /// <paramref name="title"/> with every character a file name cannot hold on Windows or Linux (\ / : * ? " &lt; &gt; |
    /// and control characters) made '_', trimmed: 《兴国县…整改方案》 stays readable as a file's name.
    /// </summary>
    public static string Safe(string title) =>
        new string(title.Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c).ToArray()).Trim();
}
