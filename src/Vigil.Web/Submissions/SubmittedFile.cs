namespace Vigil.Web.Submissions;

/// <summary>An uploaded file: its name as given (only the extension and a cleaned stem are used) and its bytes.</summary>
public sealed record SubmittedFile(string FileName, Stream Content);
