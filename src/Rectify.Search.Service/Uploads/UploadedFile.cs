namespace Rectify.Search.Service.Uploads;

/// <summary>A file as a client sent it: the name it gave and the bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Bytes);
