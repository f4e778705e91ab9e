# "Learn the Basics: Datasets & DataLoaders" (data_tutorial), over a synthetic dataset instead of FashionMNIST
# (the one-hot target_transform builds float64 zeros: the tutorial's dtype=torch.float is float32 in PyTorch)
import torch
from torch.utils.data import Dataset, DataLoader
torch.set_default_dtype(torch.float64)

labels_map = {
    0: "T-Shirt",
    1: "Trouser",
    2: "Pullover",
    3: "Dress",
}

class CustomImageDataset(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        self.images = torch.arange(n * 4.).reshape(n, 1, 2, 2) / (4 * n)
        self.img_labels = [i % 4 for i in range(n)]
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.img_labels)

    def __getitem__(self, idx):
        image = self.images[idx]
        label = self.img_labels[idx]
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label

training_data = CustomImageDataset(10)
test_data = CustomImageDataset(6, transform=lambda x: x * 2,
                               target_transform=lambda y: torch.zeros(4).scatter_(0, torch.tensor(y), value=1))
for i in range(1, 4):
    img, label = training_data[i]
    print(i, labels_map[label], img.squeeze().shape, img.squeeze())
train_dataloader = DataLoader(training_data, batch_size=4, shuffle=False)
test_dataloader = DataLoader(test_data, batch_size=4, shuffle=False)
train_features, train_labels = next(iter(train_dataloader))
print(f"Feature batch shape: {train_features.size()}")
print(f"Labels batch shape: {train_labels.size()}")
img = train_features[0].squeeze()
label = train_labels[0]
print(img)
print(f"Label: {label}")
for X, y in test_dataloader:
    print(f"Shape of X [N, C, H, W]: {X.shape}")
    print(f"Shape of y: {y.shape} {y.dtype}")
    print(y)
print(len(train_dataloader), len(train_dataloader.dataset))
