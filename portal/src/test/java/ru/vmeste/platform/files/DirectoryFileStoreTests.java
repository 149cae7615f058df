package ru.vmeste.platform.files;

/** The local directory keeps the file backend's promises. */
class DirectoryFileStoreTests extends FileBackendContract {

	private DirectoryFileStore store;

	@Override
	FileBackend backend() {
		if (store == null) {
			store = new DirectoryFileStore(directory.resolve("store"));
		}
		return store;
	}

}
