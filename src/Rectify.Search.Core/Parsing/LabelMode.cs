namespace Rectify.Search.Core.Parsing;

/// <summary>How field labels are recognised: only as <c>label：value</c> (plans), or also as headings and lone labels (notices).</summary>
internal enum LabelMode
{
    /// <summary><c>label：value</c> at the start of a line. A plan's numbered body headings (三、整改目标) stay headings.</summary>
    Plan,
    /// <summary>Also 三、整改措施 / 一、整改任务：… / a label alone on its line: the layout of notices and one-problem pages.</summary>
    Notice,
}
