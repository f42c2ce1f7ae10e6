import Foundation

/// Sentences for the errors Foundation throws (file, JSON, network and system errors), in
/// place of their Cocoa wording ("The operation could not be completed…", "NSURLErrorDomain
/// error -1000").
public enum FoundationErrorText {
    /// What went wrong, said plainly; the file or address is named by the caller.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let error as URLError: return describe(error)
        case let error as DecodingError: return JSONErrorText.describe(error)
        case let error as POSIXError: return String(cString: strerror(error.code.rawValue))
        default: break
        }
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain, error.code == 3840 {
            let detail = error.userInfo[NSDebugDescriptionErrorKey] as? String
            return "is not valid JSON" + (detail.map { " (\($0))" } ?? "")
        }
        if error.domain == NSCocoaErrorDomain {
            let path = (error.userInfo[NSFilePathErrorKey] as? String).map { $0 + ": " } ?? ""
            switch CocoaError.Code(rawValue: error.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return path + "no such file or folder"
            case .fileReadNoPermission, .fileWriteNoPermission: return path + "permission denied"
            case .fileWriteOutOfSpace: return path + "the disk is full"
            case .fileWriteFileExists: return path + "a file of that name is in the way"
            case .fileWriteVolumeReadOnly: return path + "the disk is read-only"
            default: break
            }
            if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
                return path + String(cString: strerror(Int32(posix.code)))
            }
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        return error.localizedDescription
    }

    /// Why a download failed, as said of the address.
    public static func describe(_ error: URLError) -> String {
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: return "cannot be reached: no such host"
        case .cannotConnectToHost: return "cannot be reached: the connection was refused"
        case .timedOut: return "did not answer in time"
        case .httpTooManyRedirects: return "redirects too many times"
        case .badURL, .unsupportedURL: return "is not a web address that can be downloaded"
        case .notConnectedToInternet: return "cannot be reached: this machine is not connected to a network"
        case .networkConnectionLost: return "cannot be reached: the connection was lost"
        case .badServerResponse, .cannotParseResponse: return "answered with something that is not HTTP"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid, .clientCertificateRejected, .secureConnectionFailed:
            return "cannot be reached securely: the TLS connection failed (is the server really speaking https?)"
        case .zeroByteResource: return "answered with nothing"
        default: return "could not be downloaded (network error \(error.code.rawValue))"
        }
    }
}
