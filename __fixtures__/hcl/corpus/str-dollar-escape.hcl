a = "$${not} %%{nor}"
